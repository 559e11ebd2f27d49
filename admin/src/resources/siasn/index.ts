export { SiasnPage } from './siasn-page';
