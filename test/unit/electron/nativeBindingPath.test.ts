import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../src-main/electron/nativeBindingPath';

describe('nativeBindingPath', () => {
  it('points into .electron-native in a development run', () => {
    expect(nativeBindingPath('/work/voronka')).toBe(join('/work/voronka', '.electron-native', 'better_sqlite3.node'));
  });

  it('points into app.asar.unpacked in a packaged app, where a native addon can load', () => {
    expect(nativeBindingPath('/opt/Voronka/resources/app.asar')).toBe(
      join('/opt/Voronka/resources/app.asar.unpacked', '.electron-native', 'better_sqlite3.node'),
    );
  });
});
