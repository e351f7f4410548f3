/*
 * ipn.c: SNS envelope parsing, the string to sign, the certificate URL rule,
 * certificate chain/date/subject checks, signatures, the legacy tree and the
 * per-process memory of seen notifications. Certificates are made here with
 * OpenSSL (a throw-away CA and leaves); nothing touches the network.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "ipn.h"
#include "unit.h"
#include "xml.h"

static const char *ENVELOPE =
    "{\"Type\":\"Notification\",\"MessageId\":\"m-1\",\"TopicArn\":\"arn:t\","
    "\"Message\":\"{\\\"NotificationType\\\":\\\"PaymentCapture\\\",\\\"SellerId\\\":\\\"S\\\","
    "\\\"NotificationData\\\":\\\"<CaptureNotification><CaptureDetails><Id>1</Id>"
    "</CaptureDetails><Type>x</Type></CaptureNotification>\\\"}\","
    "\"Timestamp\":\"2015-01-01T00:00:00Z\",\"SignatureVersion\":\"2\",\"Signature\":\"AAAA\","
    "\"SigningCertURL\":\"https://sns.us-east-1.amazonaws.com/a.pem\"}";

static int parse(amzpay_ipn *ipn, const char *type, const char *body, amzpay_error *err)
{
	amzpay_ipn_init(ipn);
	amzpay_error_clear(err);
	return amzpay_ipn_parse(ipn, type, body, strlen(body), err);
}

UNIT_TEST(parse_valid_and_string_to_sign)
{
	amzpay_ipn ipn;
	amzpay_error err;

	CHECK(parse(&ipn, "Notification", ENVELOPE, &err) == 0);
	CHECK(ipn.signature_version == 2);
	CHECK_STR(ipn.cert_url, "https://sns.us-east-1.amazonaws.com/a.pem");
	CHECK(strncmp(amzpay_buf_cstr(&ipn.string_to_sign), "Message\n{", 9) == 0);
	CHECK(strstr(amzpay_buf_cstr(&ipn.string_to_sign),
	             "\nMessageId\nm-1\nTimestamp\n2015-01-01T00:00:00Z\nTopicArn\narn:t\nType\nNotification\n") != NULL);
	amzpay_ipn_free(&ipn);
}

UNIT_TEST(parse_failures_have_legacy_messages)
{
	amzpay_ipn ipn;
	amzpay_error err;

	CHECK(parse(&ipn, NULL, ENVELOPE, &err) == -1);
	CHECK_STR(err.message, "Error with message - header does not contain x-amz-sns-message-type header");
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "notification", ENVELOPE, &err) == -1);
	CHECK_STR(err.message, "Error with message - header x-amz-sns-message-type is not Notification, is notification");
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "Notification", "{\"Type\":", &err) == -1);
	CHECK_STR(err.message, "Error with message - content is not in json format - syntax error. ");
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "Notification", "{} trailing", &err) == -1);
	CHECK(err.code == AMZPAY_IPN_FAIL_BODY);
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "Notification", "{\"Type\":\"Notification\",\"Message\":\"x\"}", &err) == -1);
	CHECK_STR(err.message, "Error with json message - mandatory field MessageId cannot be found");
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "Notification", "{\"Type\":\"notification\"}", &err) == -1);
	CHECK_STR(err.message, "Error with signature verification - unable to verify notification message");
	amzpay_ipn_free(&ipn);
	CHECK(parse(&ipn, "Notification", "{\"Type\":7}", &err) == -1);
	CHECK_STR(err.message, "Error with json message - field Type is not a string");
	amzpay_ipn_free(&ipn);
}

UNIT_TEST(oversized_body_refused_before_parsing)
{
	size_t n = AMZPAY_IPN_MAX_BODY + 1;
	char *big = malloc(n + 1);
	amzpay_ipn ipn;
	amzpay_error err;

	memset(big, ' ', n);
	big[0] = '{';
	big[n - 1] = '}';
	big[n] = '\0';
	CHECK(parse(&ipn, "Notification", big, &err) == -1);
	CHECK(err.code == AMZPAY_IPN_FAIL_BODY && strstr(err.message, "larger than") != NULL);
	amzpay_ipn_free(&ipn);
	free(big);
}

UNIT_TEST(cert_url_rule)
{
	static const struct {
		const char *url;
		bool test_trust, ok;
	} cases[] = {
	    {"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem", false, true},
	    {"https://sns.cn-north-1.amazonaws.com.cn/x.pem", false, true},
	    {"https://sns.eu.amazonaws.com/x.pem", false, false}, /* fewer than 3 characters */
	    {"https://sns.amazonaws.com/x.pem", false, false},
	    {"http://sns.us-east-1.amazonaws.com/x.pem", false, false},
	    {"https://sns.us-east-1.amazonaws.com/x.pem?y", false, false},
	    {"https://sns.us-east-1.amazonaws.com.evil.example/x.pem", false, false},
	    {"https://sns.us-east-1.amazonaws.com@evil.example/x.pem", false, false},
	    {"https://evil.example/sns.us-east-1.amazonaws.com/x.pem", false, false},
	    {"https://sns.us_east.amazonaws.com/x.pem", false, false},
	    {"http://127.0.0.1:8080/x.pem", false, false},
	    {"http://127.0.0.1:8080/x.pem", true, true},
	    {"https://[::1]:8443/x.pem", true, true},
	    {"http://localhost/x.pem", true, true},
	    {"http://128.0.0.1/x.pem", true, false},
	    {"ftp://127.0.0.1/x.pem", true, false},
	    {"not a url.pem", true, false},
	    /* spellings libcurl reads as the SNS host, refused as written */
	    {"https:/@sns.us-east-2.amazonaws.com/SimpleNotificationService-0.pem", false, false},
	    {"https:/sns.us-east-2.amazonaws.com/x.pem", false, false},
	    {"https://@sns.us-east-2.amazonaws.com/x.pem", false, false},
	    {"https://user@sns.us-east-2.amazonaws.com/x.pem", false, false},
	    {"http:/127.0.0.1:8080/x.pem", true, false},
	    {"https://sns.us-east-2.amazonaws.com/a@b.pem", false, true},
	};
	amzpay_error err;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int rc = amzpay_ipn_check_cert_url(cases[i].url, cases[i].test_trust, &err);
		if ((rc == 0) != cases[i].ok) {
			fprintf(stderr, "  url %s (test trust %d): got %d\n", cases[i].url, cases[i].test_trust, rc);
			CHECK(0);
		}
	}
	CHECK_STR(err.message, "The certificate is located on an invalid domain.");
}

/* {{{ a throw-away PKI */
static EVP_PKEY *new_key(void)
{
	return EVP_RSA_gen(2048);
}

static X509 *make_cert(const char *cn, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuer_key, bool ca, long from, long to)
{
	X509 *x = X509_new();
	X509V3_CTX ctx;
	X509_EXTENSION *ext;
	static long serial = 1;

	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
	X509_gmtime_adj(X509_getm_notBefore(x), from);
	X509_gmtime_adj(X509_getm_notAfter(x), to);
	X509_set_pubkey(x, key);
	X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC, (const unsigned char *)cn, -1, -1, 0);
	X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : X509_get_subject_name(x));
	X509V3_set_ctx(&ctx, issuer ? issuer : x, x, NULL, NULL, 0);
	ext = X509V3_EXT_conf_nid(NULL, &ctx, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
	X509_sign(x, issuer_key ? issuer_key : key, EVP_sha256());
	return x;
}

static void pem_of(X509 *x, amzpay_buf *out)
{
	BIO *b = BIO_new(BIO_s_mem());
	char *p;
	long n;

	PEM_write_bio_X509(b, x);
	n = BIO_get_mem_data(b, &p);
	amzpay_buf_append(out, p, (size_t)n);
	BIO_free(b);
}

typedef struct {
	EVP_PKEY *ca_key, *leaf_key, *other_key;
	X509 *ca, *other_ca;
	char ca_file[64];
} pki;

static void pki_init(pki *p)
{
	amzpay_buf pem = AMZPAY_BUF_INIT;
	int fd;

	p->ca_key = new_key();
	p->leaf_key = new_key();
	p->other_key = new_key();
	p->ca = make_cert("unit CA", p->ca_key, NULL, NULL, true, -60, 86400);
	p->other_ca = make_cert("unit CA", p->other_key, NULL, NULL, true, -60, 86400);
	strcpy(p->ca_file, "/tmp/amzpay-unit-ipn-XXXXXX");
	fd = mkstemp(p->ca_file);
	pem_of(p->ca, &pem);
	CHECK(write(fd, pem.data, pem.len) == (ssize_t)pem.len);
	close(fd);
	amzpay_buf_free(&pem);
}

static void pki_free(pki *p)
{
	unlink(p->ca_file);
	X509_free(p->ca);
	X509_free(p->other_ca);
	EVP_PKEY_free(p->ca_key);
	EVP_PKEY_free(p->leaf_key);
	EVP_PKEY_free(p->other_key);
}

/* verify_certificate() of a leaf made with the given issuer and validity; returns rc, err filled. */
static int check_leaf(pki *p, const char *cn, X509 *issuer, EVP_PKEY *issuer_key, long from, long to, amzpay_error *err)
{
	amzpay_ipn_config cfg = {0};
	amzpay_buf pem = AMZPAY_BUF_INIT;
	X509 *leaf = make_cert(cn, p->leaf_key, issuer, issuer_key, false, from, to);
	int rc;

	/* the CA file replaces the system store here, so only the throw-away CA is trusted */
	cfg.cabundle_file = p->ca_file;
	pem_of(leaf, &pem);
	amzpay_error_clear(err);
	rc = amzpay_ipn_verify_certificate(pem.data, pem.len, "127.0.0.1", &cfg, err);
	amzpay_buf_free(&pem);
	X509_free(leaf);
	return rc;
}
/* }}} */

UNIT_TEST(certificate_chain_dates_subject)
{
	pki p;
	amzpay_error err;

	pki_init(&p);
	CHECK(check_leaf(&p, "sns.amazonaws.com", p.ca, p.ca_key, -60, 3600, &err) == 0);
	CHECK(check_leaf(&p, "sns.amazonaws.com", p.ca, p.ca_key, -7200, -3600, &err) == -1);
	CHECK(strstr(err.message, "certificate has expired") != NULL && err.code == AMZPAY_IPN_FAIL_CHAIN);
	CHECK(check_leaf(&p, "sns.amazonaws.com", p.ca, p.ca_key, 3600, 7200, &err) == -1);
	CHECK(strstr(err.message, "not yet valid") != NULL);
	CHECK(check_leaf(&p, "sns.amazonaws.com", p.other_ca, p.other_key, -60, 3600, &err) == -1);
	CHECK(err.code == AMZPAY_IPN_FAIL_CHAIN);
	CHECK(check_leaf(&p, "sns.amazonaws.com", NULL, NULL, -60, 3600, &err) == -1); /* self-signed */
	CHECK(err.code == AMZPAY_IPN_FAIL_CHAIN);
	CHECK(check_leaf(&p, "sns.amazonaws.com.evil", p.ca, p.ca_key, -60, 3600, &err) == -1);
	CHECK_STR(err.message, "Unable to verify certificate issued by Amazon - error with certificate subject");
	amzpay_error_clear(&err);
	CHECK(amzpay_ipn_verify_certificate("junk", 4, NULL, &(amzpay_ipn_config){0}, &err) == -1);
	CHECK_STR(err.message, "Unable to extract public key from cert");
	pki_free(&p);
}

static void sign(EVP_PKEY *key, const EVP_MD *md, const amzpay_buf *data, unsigned char *sig, size_t *len)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();

	EVP_DigestSignInit(c, NULL, md, NULL, key);
	EVP_DigestSign(c, sig, len, (const unsigned char *)data->data, data->len);
	EVP_MD_CTX_free(c);
}

UNIT_TEST(signature_versions)
{
	pki p;
	amzpay_ipn ipn;
	amzpay_error err;
	unsigned char sig[512];
	size_t len = sizeof(sig);
	X509 *leaf;

	pki_init(&p);
	leaf = make_cert("sns.amazonaws.com", p.leaf_key, p.ca, p.ca_key, false, -60, 3600);
	CHECK(parse(&ipn, "Notification", ENVELOPE, &err) == 0);
	pem_of(leaf, &ipn.cert_pem);
	sign(p.leaf_key, EVP_sha256(), &ipn.string_to_sign, sig, &len);
	CHECK(amzpay_ipn_signature_matches(&ipn, sig, len, &err) == 1);
	ipn.signature_version = 1; /* the same bytes are not a SHA1 signature */
	CHECK(amzpay_ipn_signature_matches(&ipn, sig, len, &err) == 0);
	len = sizeof(sig);
	sign(p.leaf_key, EVP_sha1(), &ipn.string_to_sign, sig, &len);
	CHECK(amzpay_ipn_signature_matches(&ipn, sig, len, &err) == 1);
	sig[10] ^= 1;
	CHECK(amzpay_ipn_signature_matches(&ipn, sig, len, &err) == 0);
	amzpay_ipn_free(&ipn);
	X509_free(leaf);
	pki_free(&p);
}

UNIT_TEST(unknown_signature_version)
{
	amzpay_ipn ipn;
	amzpay_error err;
	const char *body = "{\"Type\":\"Notification\",\"MessageId\":\"m\",\"TopicArn\":\"t\",\"Message\":\"x\","
	                   "\"Timestamp\":\"t\",\"SignatureVersion\":\"3\",\"Signature\":\"s\",\"SigningCertURL\":\"u\"}";

	CHECK(parse(&ipn, "Notification", body, &err) == -1);
	CHECK(err.code == AMZPAY_IPN_FAIL_VERSION);
	amzpay_ipn_free(&ipn);
}

UNIT_TEST(legacy_tree_appends_sns_fields)
{
	amzpay_ipn ipn;
	amzpay_error err;
	amzpay_buf json = AMZPAY_BUF_INIT;
	cJSON *m, *tree = NULL;

	CHECK(parse(&ipn, "Notification", ENVELOPE, &err) == 0);
	m = amzpay_ipn_message(&ipn, &err);
	CHECK(m != NULL && !amzpay_ipn_message_is_v2(m));
	CHECK(amzpay_ipn_legacy_tree(&ipn, m, &tree, &err) == 0);
	CHECK(amzpay_tree_to_php_json(tree, &json, &err) == 0);
	/* a Type element inside NotificationData turns into a list with the SNS Type, as addChild() did */
	CHECK_STR(amzpay_buf_cstr(&json),
	          "{\"NotificationReferenceId\":null,\"NotificationType\":\"PaymentCapture\","
	          "\"SellerId\":\"S\",\"ReleaseEnvironment\":null,\"CaptureDetails\":{\"Id\":\"1\"},"
	          "\"Type\":[\"x\",\"Notification\"],\"MessageId\":\"m-1\",\"TopicArn\":\"arn:t\"}");
	amzpay_buf_free(&json);
	cJSON_Delete(tree);
	cJSON_Delete(m);
	amzpay_ipn_free(&ipn);
}

UNIT_TEST(v2_answer_in_legacy_shape)
{
	static const char *xml =
		"<GetOrderReferenceDetailsResponse xmlns=\"http://mws.amazonservices.com/schema/OffAmazonPayments/2013-01-01\">"
		"<GetOrderReferenceDetailsResult><OrderReferenceDetails><AmazonOrderReferenceId>S02-1-2</AmazonOrderReferenceId>"
		"<Buyer><Name>Jane</Name><Email>jane@example.com</Email></Buyer><OrderTotal><Amount>1.00</Amount></OrderTotal>"
		"<OrderReferenceStatus><State>Open</State></OrderReferenceStatus></OrderReferenceDetails>"
		"</GetOrderReferenceDetailsResult></GetOrderReferenceDetailsResponse>";
	const char *msg = "{\"MerchantID\":\"M1\",\"ObjectType\":\"CHARGE_PERMISSION\",\"ObjectId\":\"S02-1-2\","
	                  "\"NotificationId\":\"n-9\",\"NotificationVersion\":\"V2\"}";
	amzpay_ipn ipn;
	amzpay_ipn_v2 v2;
	amzpay_error err;
	amzpay_buf json = AMZPAY_BUF_INIT;
	cJSON *m = cJSON_Parse(msg), *tree = NULL;
	char auth[64];

	amzpay_ipn_init(&ipn);
	ipn.type = "Notification";
	ipn.message_id = "m-1";
	ipn.topic_arn = "arn:aws:sns:eu-west-1:0:t";
	CHECK(amzpay_ipn_message_is_v2(m));
	CHECK(amzpay_ipn_v2_read(&ipn, m, &v2, &err) == 0);
	CHECK_STR(v2.region, "de");
	CHECK_STR(v2.release_environment, "Sandbox");
	CHECK(amzpay_ipn_v2_legacy_tree(&ipn, &v2, &amzpay_ipn_shape_order_reference, xml, strlen(xml), &tree, &err) == 0);
	CHECK(amzpay_tree_to_php_json(tree, &json, &err) == 0);
	/* the v1 OrderReference fields only (no buyer data), the empty SellerOrderAttributes after OrderTotal */
	CHECK_STR(amzpay_buf_cstr(&json),
	          "{\"NotificationReferenceId\":\"n-9\",\"NotificationType\":\"OrderReferenceNotification\","
	          "\"SellerId\":\"M1\",\"ReleaseEnvironment\":\"Sandbox\",\"OrderReference\":{\"AmazonOrderReferenceId\":"
	          "\"S02-1-2\",\"OrderTotal\":{\"Amount\":\"1.00\"},\"SellerOrderAttributes\":{},"
	          "\"OrderReferenceStatus\":{\"State\":\"Open\"}},\"Type\":\"Notification\",\"MessageId\":\"m-1\","
	          "\"TopicArn\":\"arn:aws:sns:eu-west-1:0:t\"}");
	cJSON_Delete(tree);
	CHECK(amzpay_ipn_v2_legacy_tree(&ipn, &v2, &amzpay_ipn_shape_capture, xml, strlen(xml), &tree, &err) == -1);
	CHECK(tree == NULL);
	CHECK_STR(err.message, "Error with IPN message - the answer holds no CaptureDetails");
	amzpay_ipn_authorization_id("S02-1234567-1234567-C000001", auth, sizeof(auth));
	CHECK_STR(auth, "S02-1234567-1234567-A000001");
	amzpay_buf_free(&json);
	cJSON_Delete(tree);
	cJSON_Delete(m);
}

UNIT_TEST(seen_notifications)
{
	amzpay_ipn a, b;
	amzpay_error err;

	amzpay_ipn_seen_clear();
	CHECK(parse(&a, "Notification", ENVELOPE, &err) == 0);
	CHECK(parse(&b, "Notification", ENVELOPE, &err) == 0);
	CHECK(!amzpay_ipn_remember(&a));
	CHECK(amzpay_ipn_remember(&b));
	amzpay_ipn_seen_clear();
	CHECK(!amzpay_ipn_remember(&b));
	amzpay_ipn_seen_clear();
	amzpay_ipn_free(&a);
	amzpay_ipn_free(&b);
}

UNIT_MAIN(UNIT_CASE(parse_valid_and_string_to_sign), UNIT_CASE(parse_failures_have_legacy_messages),
          UNIT_CASE(oversized_body_refused_before_parsing), UNIT_CASE(cert_url_rule),
          UNIT_CASE(certificate_chain_dates_subject), UNIT_CASE(signature_versions),
          UNIT_CASE(unknown_signature_version), UNIT_CASE(legacy_tree_appends_sns_fields),
          UNIT_CASE(v2_answer_in_legacy_shape), UNIT_CASE(seen_notifications))
