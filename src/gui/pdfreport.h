#pragma once

#include "inventory.h"
#include "reportwriter.h"
#include "result.h"
#include "rulesengine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

class QPagedPaintDevice;
class QTextDocument;

// The report a customer keeps: A4 pages with the summary, the resilience headline and the grade
// on page one, the placement chart drawn, then every application with its services, findings and
// fixes, and where to read about each rule. The command line's `audit --format pdf`, the window's
// export and its printout all draw these same pages. Needs a QGuiApplication (the offscreen
// platform will do), no display.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    static Result<QByteArray> render(const Inventory &inventory, const AuditReport &audit,
                                     const ReportOptions &options = {});
    // The same pages on any paged device, a printer for instance.
    static Status paint(const Inventory &inventory, const AuditReport &audit,
                        const ReportOptions &options, QPagedPaintDevice *device);

    // Where a rule is documented, as an address a customer can open ("docs/rules.md#x" of a
    // finding, resolved against the project's published documentation).
    static QUrl ruleUrl(const QString &docLink);
    static QUrl documentationBase();

    // The document the pages are drawn from, laid out for pages of this size (in the document's
    // units: pixels at 96 dpi). For tests and for a preview.
    static void build(QTextDocument *document, const Inventory &inventory, const AuditReport &audit,
                      const ReportOptions &options);
};
