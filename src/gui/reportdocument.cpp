#include "reportdocument.h"

#include "checkedfile.h"

#include "pdfreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ReportDocument {

QString printableHtml(const QString &reportHtml)
{
    static const QRegularExpression svg(u"<svg\\b.*?</svg>"_s,
                                        QRegularExpression::DotMatchesEverythingOption |
                                            QRegularExpression::CaseInsensitiveOption);
    QString html = reportHtml;
    html.remove(svg);
    return html;
}

void print(const QString &reportHtml, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.setHtml(printableHtml(reportHtml));
    doc.print(device);
}

Status writePdf(const QString &reportHtml, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("ReportDocument", "Scaling Advisor report"));
        writer.setCreator(u"Scaling Advisor"_s);
        print(reportHtml, &writer);
    } // the file is complete once the writer is gone
    if (QFileInfo(path).size() <= 0)
        return Status::failure(
            QCoreApplication::translate("ReportDocument", "Cannot write %1.").arg(path));
    return success();
}

Status writePdf(const Inventory &inventory, const AuditReport &audit, const QString &path,
                const ReportOptions &options)
{
    const Result<QByteArray> pdf = PdfReport::render(inventory, audit, options);
    if (!pdf)
        return Status::failure(pdf.error());
    return CheckedFile::write(path, *pdf); // the OS's reason when it fails
}

Status print(const Inventory &inventory, const AuditReport &audit, QPagedPaintDevice *device,
             const ReportOptions &options)
{
    return PdfReport::paint(inventory, audit, options, device);
}

} // namespace ReportDocument
