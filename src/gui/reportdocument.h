#pragma once

#include "result.h"

#include <QString>

class QPagedPaintDevice;

// Turns the HTML report into paged output (PDF, printer) through QTextDocument, so that the PDF
// and the printout say exactly what the HTML report says.
namespace ReportDocument {

// QTextDocument cannot draw inline SVG; the charts are dropped, the text stays.
QString printableHtml(const QString &reportHtml);
Status writePdf(const QString &reportHtml, const QString &path);
void print(const QString &reportHtml, QPagedPaintDevice *device);

} // namespace ReportDocument
