/** This device's answer to the first-start encryption offer (a device-local choice, not a workspace setting). */
const KEY = 'voronka.encryptionOffer';

export const encryptionOfferAnswer = {
  given(): boolean {
    try {
      return localStorage.getItem(KEY) === 'answered';
    } catch {
      return false;
    }
  },
  remember(): void {
    try {
      localStorage.setItem(KEY, 'answered');
    } catch {
      // Storage refused (private mode): the offer shows again next time, nothing worse.
    }
  },
};
