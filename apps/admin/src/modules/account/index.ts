// What pages may use of the signed-in member's own account settings.
export { ApiTokenManager } from './components/api-token-manager';
export { SignOutEverywhere } from './components/sign-out-everywhere';
