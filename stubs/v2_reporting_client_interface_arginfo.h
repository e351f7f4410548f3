/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b7f0462be752a0e936b41a05752bc47c0a520109 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReports, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, queryParameters, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportById, 0, 0, 1)
	ZEND_ARG_INFO(0, reportId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportDocument, 0, 0, 1)
	ZEND_ARG_INFO(0, reportDocumentId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportSchedules, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, reportTypes, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportScheduleById, 0, 0, 1)
	ZEND_ARG_INFO(0, reportScheduleId)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_createReport, 0, 0, 1)
	ZEND_ARG_INFO(0, requestPayload)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Amazon_Pay_API_ReportingClientInterface_createReportSchedule arginfo_class_Amazon_Pay_API_ReportingClientInterface_createReport

#define arginfo_class_Amazon_Pay_API_ReportingClientInterface_cancelReportSchedule arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportScheduleById

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Amazon_Pay_API_ReportingClientInterface_getDisbursements, 0, 0, 1)
	ZEND_ARG_INFO(0, queryParameters)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, headers, "null")
ZEND_END_ARG_INFO()




static const zend_function_entry class_Amazon_Pay_API_ReportingClientInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getReports, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReports, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getReportById, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportById, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getReportDocument, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportDocument, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getReportSchedules, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportSchedules, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getReportScheduleById, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getReportScheduleById, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, createReport, arginfo_class_Amazon_Pay_API_ReportingClientInterface_createReport, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, createReportSchedule, arginfo_class_Amazon_Pay_API_ReportingClientInterface_createReportSchedule, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, cancelReportSchedule, arginfo_class_Amazon_Pay_API_ReportingClientInterface_cancelReportSchedule, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Amazon_Pay_API_ReportingClientInterface, getDisbursements, arginfo_class_Amazon_Pay_API_ReportingClientInterface_getDisbursements, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_Amazon_Pay_API_ReportingClientInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Amazon\\Pay\\API", "ReportingClientInterface", class_Amazon_Pay_API_ReportingClientInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}
