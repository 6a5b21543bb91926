/**
 * Plans, entitlements, checkout and payment webhooks (Stripe, Polar, Paystack). Not built yet:
 * until it is, trading's EntitlementPort answers "allowed" for everyone.
 */
package io.tradewire.billing;
