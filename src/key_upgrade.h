/*
 * amzpay core: the MWS key upgrade (GetPublicKeyId).
 *
 * A shop that holds only MWS credentials (merchant id, access key, secret
 * key) registers a locally generated RSA-2048 key pair for Amazon Pay API v2:
 *
 *   GET https://pay-api.amazon.{com|eu|jp}/live/v2/publicKeyId?AWSAccessKeyId=..&Action=GetPublicKeyId
 *       &MerchantId=..&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=..&PublicKey=<PEM>&Signature=..
 *
 * Signature = base64(HMAC-SHA256(secret_key, "GET\n" host "\n" path "\n" query)) where query holds the
 * parameters but PublicKey and Signature, with MerchantId named SellerId, sorted by name, RFC 3986
 * encoded (MWS signature version 2). The answer is {"publicKeyId": "..."}.
 *
 * The private key never leaves the machine: it is written to a new file with mode 0600 (an existing file
 * is never overwritten) before the request, and removed again when the request fails. Messages never
 * contain the secret key or the private key.
 */
#ifndef AMZPAY_KEY_UPGRADE_H
#define AMZPAY_KEY_UPGRADE_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "http.h"

typedef struct {
	const char *merchant_id;
	const char *access_key;
	const char *secret_key; /* never logged */
	const char *region;     /* legacy region: us/na, de/uk/eu/gb, jp (case-insensitive) */
	const char *endpoint;   /* base URL to send to instead of Amazon's host (e.g. a loopback sandbox), or NULL */
	amzpay_http_config http;
	time_t now; /* 0: time(NULL) */
} amzpay_key_upgrade;

/* Amazon's API host of a legacy region, or NULL + AMZPAY_ERR_CONFIG. */
const char *amzpay_key_upgrade_host(const char *region, amzpay_error *err);

/* The MWS string to sign and the query string of the request (PublicKey and Signature appended). */
int amzpay_key_upgrade_string_to_sign(const amzpay_key_upgrade *ku, const char *host, const char *timestamp,
                                      amzpay_buf *out, amzpay_error *err);

/* A new RSA-2048 key pair: PKCS#8 private key PEM and SubjectPublicKeyInfo PEM. */
int amzpay_key_upgrade_generate(amzpay_buf *private_pem, amzpay_buf *public_pem, amzpay_error *err);

/* Creates `path` (O_EXCL, mode 0600) holding `pem`; an existing path is refused (AMZPAY_ERR_ARGUMENT). */
int amzpay_key_upgrade_write_private(const char *path, const amzpay_buf *pem, amzpay_error *err);

/* Sends GetPublicKeyId for `public_pem`; the id is appended to `public_key_id`. */
int amzpay_key_upgrade_request(const amzpay_key_upgrade *ku, const char *public_pem, amzpay_buf *public_key_id,
                               amzpay_error *err);

/* All of it: generate, write `private_key_path`, request; the file is removed again on failure. */
int amzpay_key_upgrade_run(const amzpay_key_upgrade *ku, const char *private_key_path, amzpay_buf *public_key_id,
                           amzpay_error *err);

#endif
