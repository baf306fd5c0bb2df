#pragma once

#include "inventory.h"
#include "reportwriter.h"
#include "result.h"
#include "rulesengine.h"

#include <QString>

class QPagedPaintDevice;

// Paged output of the window: the PDF export and the printout draw the pages of PdfReport, the
// same pages as `audit --format pdf`.
namespace ReportDocument {

Status writePdf(const Inventory &inventory, const AuditReport &audit, const QString &path,
                const ReportOptions &options = {});
Status print(const Inventory &inventory, const AuditReport &audit, QPagedPaintDevice *device,
             const ReportOptions &options = {});

// The HTML report without its inline SVG (QTextDocument cannot draw it), for callers that still
// page the HTML report.
QString printableHtml(const QString &reportHtml);
Status writePdf(const QString &reportHtml, const QString &path);
void print(const QString &reportHtml, QPagedPaintDevice *device);

} // namespace ReportDocument
