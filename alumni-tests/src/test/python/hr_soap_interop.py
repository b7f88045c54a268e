#!/usr/bin/python3
"""Interoperability check of the HR SOAP contract with a non-Java client (Debian python3-zeep).

Reads the WSDL the server publishes, then calls every operation as an HR system would and checks
the answers and the typed faults. Usage: hr_soap_interop.py BASE_URL USER PASSWORD SUFFIX
Prints one line per check; exits 0 only when every check passed.
"""
import datetime
import sys

import requests
import zeep
from zeep.exceptions import Fault
from zeep.helpers import serialize_object
from zeep.transports import Transport

NS = "urn:kizuna:alumni:hr:v1"


def fault_kind(fault):
    """The local name and code of the typed fault detail (e.g. ('UnknownEmployee', 'integration.case.none'))."""
    detail = fault.detail[0]
    code = detail.find("{%s}code" % NS).text
    return detail.tag.split("}")[1], code


def expect_fault(call, kind, what):
    try:
        call()
    except Fault as fault:
        got, code = fault_kind(fault)
        check(got == kind, "%s: %s fault (got %s, code %s, text %r)" % (what, kind, got, code, fault.message))
        # Every refusal is the sender's error: a Client fault (zeep gives the QName's text, e.g. soap:Client).
        check(str(fault.code).endswith("Client"), "%s: a Client fault (got %s)" % (what, fault.code))
        return code
    check(False, "%s: expected a %s fault, got an answer" % (what, kind))


failures = []


def check(ok, what):
    print(("PASS " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def main():
    base, user, password, suffix = sys.argv[1:5]
    session = requests.Session()
    session.auth = (user, password)
    client = zeep.Client(wsdl=base + "/soap/hr/v1?wsdl", transport=Transport(session=session, timeout=60))
    service = client.service
    check(client.wsdl.services["HrIntegrationService"] is not None, "WSDL read, service HrIntegrationService")

    manager, report = "ZM" + suffix, "ZR" + suffix
    employees = [
        {"employeeNumber": manager, "familyName": "髙橋", "givenName": "誠", "familyNameKana": "タカハシ",
         "givenNameKana": "マコト", "departmentCode": "ZD" + suffix, "departmentNameJa": "人事部",
         "departmentNameEn": "Human Resources", "hireDate": datetime.date(2005, 4, 1),
         # 等級 (contract revision 1.1): an optional last element the published WSDL offers; the report below
         # is sent without one, as a 1.0 sender would.
         "jobGrade": "M2"},
        {"employeeNumber": report, "familyName": "渡辺", "givenName": "さくら", "familyNameKana": "ワタナベ",
         "givenNameKana": "サクラ", "departmentCode": "ZD" + suffix, "managerNumber": manager,
         "workEmail": "sakura.watanabe@example.co.jp", "hireDate": datetime.date(2019, 10, 1)},
        {"employeeNumber": "ZX" + suffix, "familyName": "不明", "givenName": "上長", "managerNumber": "NOBODY" + suffix},
    ]
    first = serialize_object(service.UpsertEmployees(messageId="zeep-up-" + suffix, employee=employees), dict)
    check(first["created"] == 2 and first["rejected"] == 1, "UpsertEmployees: 2 created, 1 rejected (%s)" % first)
    check(first["result"][2]["errorCode"] == "integration.manager.unknown", "rejected record names its reason")
    again = serialize_object(service.UpsertEmployees(messageId="zeep-up-" + suffix, employee=employees), dict)
    check(again == first, "UpsertEmployees re-delivered: the same answer")
    changed = [dict(employees[1], jobTitle="主任")]
    expect_fault(lambda: service.UpsertEmployees(messageId="zeep-up-" + suffix, employee=changed), "Duplicate",
                 "UpsertEmployees: message id reused for other content")
    second = serialize_object(service.UpsertEmployees(messageId="zeep-up2-" + suffix, employee=changed), dict)
    check(second["updated"] == 1, "UpsertEmployees with a new message id updates (%s)" % second["result"])
    expect_fault(lambda: service.UpsertEmployees(messageId="zeep-bad-" + suffix,
                                                 employee=[dict(employees[1], hireDate="2019-02-30")]),
                 "InvalidDate", "UpsertEmployees: impossible hire date")

    opened = service.ReportResignation(messageId="zeep-res-" + suffix, employeeNumber=report,
                                       noticeDate=datetime.date(2026, 11, 20), lastDay=datetime.date(2027, 1, 31),
                                       statedReason="家業を継ぐため")
    check(opened.status == "NOTICE_RECEIVED" and opened.employeeNumber == report,
          "ReportResignation opens the case (%s, %s)" % (opened.caseId, opened.status))
    replay = service.ReportResignation(messageId="zeep-res-" + suffix, employeeNumber=report,
                                       noticeDate=datetime.date(2026, 11, 20), lastDay=datetime.date(2027, 1, 31),
                                       statedReason="家業を継ぐため")
    check(replay.caseId == opened.caseId, "ReportResignation re-delivered: the same case")
    expect_fault(lambda: service.ReportResignation(messageId="zeep-res2-" + suffix, employeeNumber=report,
                                                   noticeDate=datetime.date(2026, 11, 21),
                                                   lastDay=datetime.date(2027, 1, 31)),
                 "Duplicate", "ReportResignation: case already open")
    expect_fault(lambda: service.ReportResignation(messageId="zeep-res3-" + suffix, employeeNumber=manager,
                                                   noticeDate=datetime.date(2026, 11, 21),
                                                   lastDay=datetime.date(2026, 11, 1)),
                 "InvalidDate", "ReportResignation: last day before the notice")
    expect_fault(lambda: service.ReportResignation(messageId="zeep-res4-" + suffix, employeeNumber="NOBODY" + suffix,
                                                   noticeDate=datetime.date(2026, 11, 21),
                                                   lastDay=datetime.date(2026, 12, 1)),
                 "UnknownEmployee", "ReportResignation: unknown employee")

    status = service.GetCaseStatus(employeeNumber=report)
    check(status.caseId == opened.caseId and status.status == "NOTICE_RECEIVED"
          and str(status.lastDay) == "2027-01-31", "GetCaseStatus (%s %s)" % (status.status, status.lastDay))
    expect_fault(lambda: service.GetCaseStatus(employeeNumber=manager), "UnknownEmployee", "GetCaseStatus: no case")
    expect_fault(lambda: service.GetCaseStatus(employeeNumber="NOBODY" + suffix), "UnknownEmployee",
                 "GetCaseStatus: unknown employee")

    # zeep unwraps a response with a single repeated element into the list itself (None when empty).
    page = serialize_object(service.ExportConsentedAlumni(purpose="REHIRE_OFFERS", first=0, max=50), dict)
    alumni = page if isinstance(page, list) else (page or {}).get("alumnus") or []
    check(isinstance(alumni, list), "ExportConsentedAlumni answers a page (%d alumni)" % len(alumni))
    check(all("REHIRE_OFFERS" in a["consentedPurpose"] for a in alumni),
          "every exported alumnus consented to the purpose")
    expect_fault(lambda: service.ExportConsentedAlumni(purpose="MARKETING"), "InvalidRequest",
                 "ExportConsentedAlumni: unknown purpose")

    # Refused sign-ins come back as SOAP faults the client can read, not as HTML pages.
    session.auth = (user, "wrong-" + password)
    code = expect_fault(lambda: service.GetCaseStatus(employeeNumber=report), "AccessRefused", "wrong password")
    check(code == "access.unauthenticated", "wrong password: code access.unauthenticated (%s)" % code)
    session.auth = ("manager.sato", "demo")
    code = expect_fault(lambda: service.GetCaseStatus(employeeNumber=report), "AccessRefused", "a manager's password")
    check(code == "access.passwordRefused", "a manager's password: code access.passwordRefused (%s)" % code)
    session.auth = (user, password)

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
