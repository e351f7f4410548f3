dnl config.m4 for amzpay

PHP_ARG_ENABLE([amzpay],
  [whether to enable amzpay],
  [AS_HELP_STRING([--enable-amzpay], [Enable amzpay (Amazon Pay API v2 with a legacy SDK drop-in)])])

PHP_ARG_ENABLE([amzpay-developer-flags],
  [whether to build amzpay with developer warnings],
  [AS_HELP_STRING([--enable-amzpay-developer-flags], [amzpay: -Wall -Wextra -Werror for development and CI])],
  [no], [no])

if test "$PHP_AMZPAY" != "no"; then
  PKG_PROG_PKG_CONFIG

  dnl True minimums: curl_url() needs libcurl 7.62, cJSON_ParseWithLength() cJSON 1.7.13.
  PKG_CHECK_MODULES([AMZPAY_CURL], [libcurl >= 7.62.0])
  PKG_CHECK_MODULES([AMZPAY_CJSON], [libcjson >= 1.7.13])
  PKG_CHECK_MODULES([AMZPAY_XML], [libxml-2.0 >= 2.9.0])
  PKG_CHECK_MODULES([AMZPAY_SSL], [openssl >= 3.0.0])
  dnl the ledger's backends (src/ledger_sqlite.c, src/ledger_mysql.c)
  PKG_CHECK_MODULES([AMZPAY_SQLITE], [sqlite3 >= 3.24.0])
  PKG_CHECK_MODULES([AMZPAY_MARIADB], [libmariadb >= 3.1.0])

  PHP_EVAL_LIBLINE([$AMZPAY_CURL_LIBS $AMZPAY_CJSON_LIBS $AMZPAY_XML_LIBS $AMZPAY_SSL_LIBS $AMZPAY_SQLITE_LIBS $AMZPAY_MARIADB_LIBS], [AMZPAY_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$AMZPAY_CURL_CFLAGS $AMZPAY_CJSON_CFLAGS $AMZPAY_XML_CFLAGS $AMZPAY_SSL_CFLAGS $AMZPAY_SQLITE_CFLAGS $AMZPAY_MARIADB_CFLAGS])

  AMZPAY_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu11"
  if test "$PHP_AMZPAY_DEVELOPER_FLAGS" = "yes"; then
    AMZPAY_CFLAGS="$AMZPAY_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Werror=implicit-function-declaration"
  fi

  dnl The one source list (config.w32 names the same files). Glue: one file per PHP class.
  AMZPAY_GLUE_SOURCES="amzpay.c amzpay_common.c amzpay_exceptions.c amzpay_legacy_response.c amzpay_legacy_client.c amzpay_v2_client.c amzpay_v2_client_interface.c amzpay_v2_reporting_client_interface.c amzpay_v2_merchant_onboarding_client_interface.c amzpay_v2_account_management_client_interface.c amzpay_v2_dispute_client_interface.c amzpay_v2_http_curl.c amzpay_v2_dispute_filing_reason.c amzpay_v2_dispute_reason_code.c amzpay_v2_dispute_resolution.c amzpay_v2_dispute_state.c amzpay_v2_evidence_type.c amzpay_ipn_handler.c"
  AMZPAY_CORE_SOURCES="src/api.c src/buf.c src/client.c src/endpoint.c src/error.c src/http.c src/http_pool.c src/ipn.c src/ipn_legacy.c src/json.c src/key.c src/key_upgrade.c src/ledger.c src/ledger_mysql.c src/ledger_sqlite.c src/legacy.c src/legacy_doc.c src/legacy_errors.c src/legacy_ids.c src/legacy_ledger.c src/legacy_request.c src/legacy_response.c src/legacy_run.c src/lwa.c src/redact.c src/sign.c src/state.c src/utf8.c src/version.c src/xml.c"

  PHP_NEW_EXTENSION(amzpay, $AMZPAY_GLUE_SOURCES $AMZPAY_CORE_SOURCES, $ext_shared,, $AMZPAY_CFLAGS)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_EXTENSION_DEP(amzpay, json)
  PHP_ADD_EXTENSION_DEP(amzpay, spl)
  PHP_SUBST(AMZPAY_SHARED_LIBADD)
  PHP_ADD_MAKEFILE_FRAGMENT
fi
