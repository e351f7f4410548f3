/*
 * amzpay glue: the class entries and the init function of each class file,
 * called by MINIT (amzpay.c) in the order listed. Helpers shared by the
 * class files are in amzpay_common.h. Nothing under src/ includes this
 * header (the core stays free of PHP headers).
 */
#ifndef AMZPAY_PRIVATE_H
#define AMZPAY_PRIVATE_H

#include "php.h"
#include "php_amzpay.h"

/* Class entries, set by each class file's init function. */
extern zend_class_entry *php_amzpay_exception_ce;           /* the marker interface */
extern zend_class_entry *php_amzpay_configuration_exception_ce;
extern zend_class_entry *php_amzpay_invalid_argument_exception_ce;
extern zend_class_entry *php_amzpay_key_exception_ce;
extern zend_class_entry *php_amzpay_signature_exception_ce;
extern zend_class_entry *php_amzpay_transport_exception_ce;
extern zend_class_entry *php_amzpay_timeout_exception_ce;
extern zend_class_entry *php_amzpay_tls_exception_ce;
extern zend_class_entry *php_amzpay_response_exception_ce;
extern zend_class_entry *php_amzpay_response_parser_ce;     /* AmazonPay\ResponseParser */
extern zend_class_entry *php_amzpay_v2_client_interface_ce; /* the official SDK's interfaces */
extern zend_class_entry *php_amzpay_v2_reporting_client_interface_ce;
extern zend_class_entry *php_amzpay_v2_merchant_onboarding_client_interface_ce;
extern zend_class_entry *php_amzpay_v2_account_management_client_interface_ce;
extern zend_class_entry *php_amzpay_v2_dispute_client_interface_ce;

/* MINIT, in this order: exceptions, responses, clients (each file registers its own classes). */
void php_amzpay_exceptions_init(void);       /* amzpay_exceptions.c */
void php_amzpay_legacy_response_init(void);  /* amzpay_legacy_response.c: AmazonPay\ResponseParser */
void php_amzpay_v2_client_init(void);        /* amzpay_v2_client.c: Amazon\Pay\API\Client, after the
                                                interfaces, then HttpCurl and Constants\* (below) */
void php_amzpay_legacy_client_init(void);    /* amzpay_legacy_client.c: AmazonPay\Client */

/* The official SDK's other classes, registered by php_amzpay_v2_client_init(): interfaces first. */
void php_amzpay_v2_client_interface_init(void);                     /* amzpay_v2_client_interface.c */
void php_amzpay_v2_reporting_client_interface_init(void);           /* amzpay_v2_reporting_client_interface.c */
void php_amzpay_v2_merchant_onboarding_client_interface_init(void); /* amzpay_v2_merchant_onboarding_... */
void php_amzpay_v2_account_management_client_interface_init(void);  /* amzpay_v2_account_management_... */
void php_amzpay_v2_dispute_client_interface_init(void);             /* amzpay_v2_dispute_client_interface.c */
void php_amzpay_v2_http_curl_init(void);                            /* amzpay_v2_http_curl.c: HttpCurl */
void php_amzpay_v2_dispute_filing_reason_init(void);                /* Constants\DisputeFilingReason */
void php_amzpay_v2_dispute_reason_code_init(void);                  /* Constants\DisputeReasonCode */
void php_amzpay_v2_dispute_resolution_init(void);                   /* Constants\DisputeResolution */
void php_amzpay_v2_dispute_state_init(void);                        /* Constants\DisputeState */
void php_amzpay_v2_evidence_type_init(void);                        /* Constants\EvidenceType */

#endif
