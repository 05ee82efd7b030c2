import { createBackend } from '../core/createBackend';
console.log(createBackend);
