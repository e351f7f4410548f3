/*
 * amzpay core: Login with Amazon, as the legacy SDK's getUserInfo() used it.
 *
 * Not part of Amazon Pay API v2 and unchanged by it: two unsigned GETs with
 * the buyer's access token in x-amz-access-token, through the same transport
 * (timeouts, TLS, proxy, retries of idempotent requests) as the v2 calls:
 *   1. <base>/auth/o2/tokeninfo   the token must belong to the shop: its
 *      "aud" equals the configured client id, or its "app_id" the app id;
 *   2. <base>/user/profile        the answer, handed back verbatim.
 * <base> is https://api[.sandbox].amazon.{com|de|co.uk|co.jp} by legacy
 * region (us, de, uk, jp), or the endpoint override (the local sandbox).
 *
 * Errors keep the legacy SDK's words and classes (the glue maps domains):
 *   AMZPAY_ERR_ARGUMENT "Access Token is a required parameter and is not set"
 *   AMZPAY_ERR_STATE    "The tokeninfo API call did not succeed" (no "aud")
 *   AMZPAY_ERR_STATE    "The Access Token belongs to neither your Client ID nor App ID"
 *   transport errors as amzpay_http_send() reports them.
 * The token is never part of a message.
 */
#ifndef AMZPAY_LWA_H
#define AMZPAY_LWA_H

#include <stdbool.h>

#include "buf.h"
#include "client.h"
#include "error.h"

/* `region` is the legacy one (us, de, uk, jp; case-insensitive); `override` may be NULL. */
int amzpay_lwa_base(const char *region, bool sandbox, const char *override, amzpay_buf *out, amzpay_error *err);

/* `token` as the shop passed it (URL-decoded here, as the legacy SDK did); client_id/app_id may be NULL.
 * On success `profile` holds the profile body and *status its HTTP status. */
int amzpay_lwa_user_info(const amzpay_http_config *http, const char *base, const char *token, const char *client_id,
                         const char *app_id, amzpay_buf *profile, long *status, amzpay_error *err);

#endif
