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

  PKG_CHECK_MODULES([AMZPAY_CURL], [libcurl >= 7.29.0])
  PKG_CHECK_MODULES([AMZPAY_CJSON], [libcjson >= 1.7.0])
  PKG_CHECK_MODULES([AMZPAY_XML], [libxml-2.0 >= 2.9.0])
  PKG_CHECK_MODULES([AMZPAY_SSL], [openssl >= 3.0.0])

  PHP_EVAL_LIBLINE([$AMZPAY_CURL_LIBS $AMZPAY_CJSON_LIBS $AMZPAY_XML_LIBS $AMZPAY_SSL_LIBS], [AMZPAY_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$AMZPAY_CURL_CFLAGS $AMZPAY_CJSON_CFLAGS $AMZPAY_XML_CFLAGS $AMZPAY_SSL_CFLAGS])

  AMZPAY_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -std=gnu11"
  if test "$PHP_AMZPAY_DEVELOPER_FLAGS" = "yes"; then
    AMZPAY_CFLAGS="$AMZPAY_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Werror=implicit-function-declaration"
  fi

  AMZPAY_CORE_SOURCES=`cd "$srcdir" && ls src/*.c | tr '\n' ' '`
  AMZPAY_GLUE_SOURCES=`cd "$srcdir" && ls amzpay*.c | tr '\n' ' '`

  PHP_NEW_EXTENSION(amzpay, $AMZPAY_GLUE_SOURCES $AMZPAY_CORE_SOURCES, $ext_shared,, $AMZPAY_CFLAGS)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_EXTENSION_DEP(amzpay, json)
  PHP_ADD_EXTENSION_DEP(amzpay, spl)
  PHP_SUBST(AMZPAY_SHARED_LIBADD)
  PHP_ADD_MAKEFILE_FRAGMENT
fi
