/* amzpay core: version numbers (the PHP side reads PHP_AMZPAY_VERSION from php_amzpay.h, kept equal). */
#ifndef AMZPAY_VERSION_H
#define AMZPAY_VERSION_H

#define AMZPAY_CORE_VERSION "0.1.0"

/* The official v2 SDK version whose wire format we reproduce; sent as x-amz-pay-sdk-version. */
#define AMZPAY_WIRE_SDK_VERSION "2.7.2"

#endif
