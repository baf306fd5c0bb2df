#pragma once

// QVERIFY for a Result or Status: fails the test with the result's own error message.
//
//     SA_VERIFY_OK(admin.failDatacenter(u"Amazon-us-east-1a"_s));

#include <QTest>

#define SA_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &saVerifyOkResult = (expression);                                               \
        QVERIFY2(saVerifyOkResult.ok(), qPrintable(saVerifyOkResult.error()));                     \
    } while (false)
