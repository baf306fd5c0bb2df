#include "pdfreport.h"

#include "chartpalette.h"
#include "guilogging.h"
#include "reportchart.h"
#include "reportparts.h"
#include "zonesimulation.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The document is laid out at 96 dpi whatever the screen, so that the pages look the same from
// the command line, the window and a test; the painter scales it to the device.
constexpr int layoutDpi = 96;
constexpr qreal footerHeight = 28; // layout pixels below the text of every page
const QString chartMarker = u"\u2063placement-chart\u2063"_s;
constexpr int chartObjectType = QTextFormat::UserObject + 1;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString firstSentence(const QString &text, const QLocale &locale)
{
    Q_UNUSED(locale) // Unicode's sentence boundaries serve every language we ship
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    const qsizetype end = finder.toNextBoundary();
    return end > 0 ? text.left(end).trimmed() : text;
}

QString where(const Finding &f)
{
    if (f.application.isEmpty())
        return PdfReport::tr("the whole account");
    return f.service.isEmpty() ? f.application : QString(f.application + u'/' + f.service);
}

QColor severityColour(const Finding &f)
{
    if (f.exempt)
        return QColor(0x75, 0x75, 0x75);
    switch (f.severity) {
    case Severity::Danger:
        return QColor(0xb7, 0x1c, 0x1c);
    case Severity::Warning:
        return QColor(0x9a, 0x4f, 0x00);
    case Severity::Info:
        return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::gray;
}

QColor gradeColour(const QString &grade)
{
    if (grade == u"A"_s || grade == u"B"_s)
        return QColor(0x2e, 0x7d, 0x32);
    if (grade == u"C"_s)
        return QColor(0x9a, 0x4f, 0x00);
    return QColor(0xb7, 0x1c, 0x1c);
}

// A fix is a command, or numbered steps ("1. Create…\n2. Push…"): steps become a list of their
// own, nested under whatever list holds the finding, so that their numbers never merge with it.
QString fixHtml(const QString &fix, bool nested)
{
    static const QRegularExpression step(u"^\\s*\\d+\\.\\s+"_s);
    const QStringList lines = fix.split(u'\n', Qt::SkipEmptyParts);
    const bool steps =
        lines.size() > 1 && std::all_of(lines.begin(), lines.end(),
                                        [](const QString &l) { return step.match(l).hasMatch(); });
    if (steps) {
        QString h = nested ? u"<ol type=\"a\">"_s : u"<ol>"_s;
        for (QString line : lines)
            h += u"<li>"_s + esc(line.remove(step)) + u"</li>"_s;
        return h + u"</ol>"_s;
    }
    QString h;
    for (const QString &line : lines)
        h += u"<p class=\"fix\">"_s + esc(line) + u"</p>"_s;
    return h;
}

QString findingHtml(const Finding &f, bool showWhere)
{
    const QColor colour = severityColour(f);
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                "style=\"margin-top:6px; margin-bottom:6px\"><tr>"
                "<td width=\"4\" bgcolor=\"%1\"></td><td bgcolor=\"#f7f8fa\">"_s.arg(colour.name());
    h += u"<p><span style=\"color:#ffffff; background-color:%1; font-weight:bold\">"
         "&nbsp;%2&nbsp;</span>&nbsp;&nbsp;"_s.arg(colour.name(),
                                                   esc(ReportParts::severityWord(f).toUpper()));
    if (showWhere)
        h += u"<b>"_s + esc(where(f)) + u"</b>&nbsp;&nbsp;"_s;
    h += u"<span class=\"rule\">"_s + esc(f.rule) + u"</span></p>"_s;
    h += u"<p>"_s + esc(f.message) + u"</p>"_s;
    if (f.exempt)
        h += u"<p><i>"_s + esc(PdfReport::tr("Accepted: %1").arg(f.exemptReason)) + u"</i></p>"_s;
    if (!f.fix.isEmpty()) {
        h += u"<p style=\"margin-bottom:2px\">"_s + esc(PdfReport::tr("What to do:")) + u"</p>"_s;
        h += fixHtml(f.fix, false);
    }
    if (!f.docLink.isEmpty()) {
        const QString url = PdfReport::ruleUrl(f.docLink).toString();
        h += u"<p class=\"meta\">"_s +
             PdfReport::tr("About this rule: %1").arg(u"<a href=\"%1\">%1</a>"_s.arg(esc(url))) +
             u"</p>"_s;
    }
    return h + u"</td></tr></table>"_s;
}

QString summaryHtml(const AuditReport &audit, const QLocale &locale)
{
    const AuditSummary &s = audit.summary;
    const QColor badge = gradeColour(s.grade);
    QString h;
    h +=
        u"<table cellspacing=\"0\" cellpadding=\"10\" width=\"100%\" style=\"margin-top:8px\"><tr>"_s;
    // The grade as a badge: the letter large, in white on the grade's colour, with its name.
    h += u"<td width=\"112\" align=\"center\" valign=\"middle\" bgcolor=\"%1\">"
         "<p align=\"center\" style=\"color:#ffffff; font-size:9pt\">%2</p>"
         "<p align=\"center\" style=\"color:#ffffff; font-size:34pt; font-weight:bold\">%3</p>"
         "<p align=\"center\" style=\"color:#ffffff; font-size:9pt\">%4</p></td>"_s.arg(
             badge.name(), esc(PdfReport::tr("Grade")), esc(s.grade),
             esc(PdfReport::tr("score %1/100").arg(s.score)));
    h += u"<td valign=\"middle\">"_s;
    // The question every customer asks first, answered first.
    const QString headline = audit.resilience.headline(locale);
    if (!headline.isEmpty())
        h += u"<p class=\"headline\">"_s + esc(headline) + u"</p>"_s;
    h += u"<p>"_s + esc(audit.resilience.hostSentence(locale)) + u"</p>"_s;
    QString verdict;
    if (s.danger > 0)
        verdict = PdfReport::tr("Some parts of your applications stop working if a single server "
                                "or data centre fails. The list below says what to change first.");
    else if (s.warning > 0)
        verdict = PdfReport::tr("Your applications survive the loss of a single server, but some "
                                "would run short-handed or lose part of their data service.");
    else
        verdict = PdfReport::tr("Your applications are spread so that the loss of one server or "
                                "one data centre does not stop them.");
    h += u"<p>"_s + esc(verdict) + u"</p>"_s;
    //: The account's size, e.g. "12 applications, 29 services, 59 instances"
    const QString size = PdfReport::tr("%1, %2, %3")
                             .arg(PdfReport::tr("%n application(s)", nullptr, s.applications),
                                  PdfReport::tr("%n service(s)", nullptr, s.services),
                                  PdfReport::tr("%n instance(s)", nullptr, s.instances));
    h += u"<p class=\"counts\">"_s + esc(size) + u"</p>"_s;
    h += u"<p class=\"counts\">"_s +
         esc(PdfReport::tr("Findings: %1 serious, %2 to improve, %3 for information, %4 accepted.")
                 .arg(locale.toString(s.danger), locale.toString(s.warning),
                      locale.toString(s.info), locale.toString(s.exempt))) +
         u"</p>"_s;
    h += u"</td></tr></table>"_s;
    return h;
}

// HTML: the places, escaped, one a line.
QString placesOf(const Service &svc)
{
    if (!svc.detailLoaded || !svc.fetchError.isEmpty())
        return esc(svc.fetchError.isEmpty() ? PdfReport::tr("not read")
                                            : PdfReport::tr("not read: %1").arg(svc.fetchError));
    QMap<QString, int> perDc;
    for (const Instance &inst : svc.instances)
        ++perDc[inst.datacenter];
    QStringList places;
    for (auto it = perDc.constBegin(); it != perDc.constEnd(); ++it)
        //: instances in one datacenter, e.g. "2 × Amazon-us-east-1a"
        places.append(esc(PdfReport::tr("%1 × %2").arg(it.value()).arg(it.key())));
    return places.join(u"<br>"_s); // one datacenter a line: names never break at their hyphens
}

QString applicationHtml(const Application &app, const Inventory &inv, const AuditReport &audit,
                        const DatacenterList &datacenters)
{
    QString h = u"<h2>"_s + esc(PdfReport::tr("Application %1").arg(app.name)) + u"</h2>"_s;
    h += u"<p class=\"meta\">"_s + esc(PdfReport::tr("Flavor: %1").arg(app.flavor)) + u"</p>"_s;
    const auto worst = ZoneSimulation::worstDatacenter(app, datacenters);
    if (!worst.first.isEmpty()) {
        QString sentence;
        switch (worst.second) {
        case Survival::Down:
            sentence = PdfReport::tr("If data centre %1 failed, this application would stop.");
            break;
        case Survival::Degraded:
            sentence = PdfReport::tr("If data centre %1 failed, this application would keep "
                                     "running with fewer instances.");
            break;
        case Survival::Ok:
            sentence = PdfReport::tr("The loss of any one data centre, %1 included, leaves this "
                                     "application running.");
            break;
        }
        h += u"<p>"_s + esc(sentence.arg(worst.first)) + u"</p>"_s;
    }
    h += u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\">"
         "<thead><tr>"_s;
    // Fixed column widths: every application's table lines up with the others.
    const QList<QPair<QString, int>> heads{{PdfReport::tr("Service"), 19},
                                           {PdfReport::tr("Type"), 17},
                                           {PdfReport::tr("Instances"), 14},
                                           {PdfReport::tr("Where"), 50}};
    for (const auto &[head, percent] : heads)
        h += u"<th width=\"%1%\" bgcolor=\"#eef1f6\" align=\"left\">"_s.arg(percent) + esc(head) +
             u"</th>"_s;
    h += u"</tr></thead>"_s;
    for (const Service &svc : app.services) {
        const bool known = svc.placementKnown();
        h += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td></tr>"_s.arg(
            esc(svc.name), esc(svc.serviceType),
            QString::number(known ? svc.instances.size() : svc.instanceCount), placesOf(svc));
    }
    h += u"</table>"_s;
    bool any = false;
    for (const Finding &f : audit.findings)
        if (f.application == app.name) {
            h += findingHtml(f, !f.service.isEmpty());
            any = true;
        }
    if (!any)
        h += u"<p>"_s + esc(PdfReport::tr("No findings for this application.")) + u"</p>"_s;
    Q_UNUSED(inv)
    return h;
}

const char *kStyle = R"CSS(
body { color: #1d2330; }
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; color: #1d2330; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #5b6475; font-size: 9pt; }
.headline { font-size: 13pt; font-weight: bold; }
.counts { font-size: 10.5pt; }
.rule { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; color: #5b6475; }
.fix { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; background-color: #e8ecf3; }
th { font-weight: bold; }
.grid { border-color: #c9ced8; border-style: solid; border-collapse: collapse; }
li { margin-bottom: 3px; }
)CSS";

QString documentHtml(const Inventory &inv, const AuditReport &audit, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    QString h = u"<html><body>"_s;
    h += u"<h1>"_s + esc(PdfReport::tr("Scaling Advisor report")) + u"</h1>"_s;
    h += u"<p class=\"meta\">"_s +
         esc(PdfReport::tr("Account %1 · data read %2 from %3 · report written %4")
                 .arg(inv.user.username.isEmpty() ? PdfReport::tr("(unnamed)") : inv.user.username,
                      ReportParts::localTime(inv.fetchedAt, locale), inv.source,
                      ReportParts::localTime(generated, locale))) +
         u"</p>"_s;
    h += summaryHtml(audit, locale);

    h += u"<h2>"_s + esc(PdfReport::tr("What to do first")) + u"</h2>"_s;
    QList<const Finding *> first;
    for (const Finding &f : audit.findings)
        if (!f.exempt && f.severity != Severity::Info && first.size() < 5)
            first.append(&f);
    if (first.isEmpty()) {
        h += u"<p>"_s +
             esc(PdfReport::tr("Nothing urgent: no serious finding and nothing to improve.")) +
             u"</p>"_s;
    } else {
        h += u"<ol>"_s;
        for (const Finding *f : std::as_const(first)) {
            // The first sentence says what is wrong; the application's section says the rest.
            h += u"<li><b>"_s + esc(where(*f)) + u"</b>: "_s +
                 esc(firstSentence(f->message, locale));
            h += fixHtml(f->fix, true) + u"</li>"_s;
        }
        h += u"</ol>"_s;
    }

    h += u"<h2>"_s + esc(PdfReport::tr("Where your instances run")) + u"</h2>"_s;
    h += u"<p>"_s +
         esc(PdfReport::tr("Instances per data centre, coloured by application. Spread evenly, "
                           "the loss of any one data centre leaves the others running.")) +
         u"</p>"_s;
    h += u"<p>"_s + chartMarker + u"</p>"_s;

    const DatacenterList datacenters = inv.allDatacenters();
    bool firstApp = true;
    for (const Application &app : inv.applications) {
        if (firstApp)
            h += u"<div style=\"page-break-before:always\"></div>"_s;
        firstApp = false;
        h += applicationHtml(app, inv, audit, datacenters);
    }
    bool accountLevel = false;
    for (const Finding &f : audit.findings)
        if (f.application.isEmpty()) {
            if (!accountLevel)
                h += u"<h2>"_s + esc(PdfReport::tr("The whole account")) + u"</h2>"_s;
            accountLevel = true;
            h += findingHtml(f, false);
        }
    const AuditSummary &s = audit.summary;
    if (!s.unknownTypes.isEmpty())
        h += u"<p class=\"meta\">"_s +
             esc(PdfReport::tr("Service types the advisor does not know, treated as stateless: %1")
                     .arg(s.unknownTypes.join(u", "_s))) +
             u"</p>"_s;
    QList<FetchError> errors = inv.errors;
    for (const Application &app : inv.applications)
        for (const Service &svc : app.services)
            if (!svc.fetchError.isEmpty() &&
                std::none_of(errors.cbegin(), errors.cend(), [&](const FetchError &e) {
                    return e.application == app.name && e.service == svc.name;
                }))
                errors.append({app.name, svc.name, svc.fetchError});
    if (!errors.isEmpty()) {
        h += u"<h2>"_s + esc(PdfReport::tr("Could not be read")) + u"</h2><ul>"_s;
        for (const FetchError &e : std::as_const(errors))
            h +=
                u"<li>"_s +
                esc(PdfReport::tr("%1: %2").arg(
                    e.service.isEmpty() ? e.application : QString(e.application + u'/' + e.service),
                    e.error)) +
                u"</li>"_s;
        h += u"</ul>"_s;
    }
    return h + u"</body></html>"_s;
}

// Draws the placement chart where the document holds its object character.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(const Inventory &inventory, QObject *parent)
        : QObject(parent)
        , m_chart(inventory)
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal width = doc->pageSize().width() > 0
                                ? doc->pageSize().width() - 2 * doc->documentMargin() - 4
                                : 600;
        return {width, m_chart.heightForWidth(width, chartFont(format))};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        m_chart.paint(painter, rect, chartFont(format));
    }

private:
    // A pixel size, not a point size: the painter is scaled from the layout's 96 dpi to the
    // device, and a point size would be scaled twice.
    static QFont chartFont(const QTextFormat &format)
    {
        QFont f = format.toCharFormat().font();
        const qreal points = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
        f.setPixelSize(qRound(points * 0.9 * layoutDpi / 72.0));
        f.setLetterSpacing(QFont::PercentageSpacing, 100);
        return f;
    }

    ReportChart m_chart;
};

// The chart goes to the next page whole when it does not fit; its heading and introduction go
// with it instead of standing alone at the foot of the page before.
void keepChartWithItsHeading(QTextDocument *document)
{
    const qreal pageHeight = document->pageSize().height();
    if (pageHeight <= 0)
        return;
    const QString object(QChar::ObjectReplacementCharacter);
    QTextCursor chart = document->find(object);
    while (!chart.isNull() && chart.charFormat().objectType() != chartObjectType)
        chart = document->find(object, chart);
    if (chart.isNull())
        return;
    const QTextBlock chartBlock = chart.block();
    QTextBlock heading = chartBlock.previous(); // the section's <h2>, above its introduction
    while (heading.isValid() && heading.blockFormat().headingLevel() != 2)
        heading = heading.previous();
    if (!heading.isValid())
        return;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    layout->documentSize(); // the layout finished down to here
    const QRectF top = layout->blockBoundingRect(heading);
    const QRectF bottom = layout->blockBoundingRect(chartBlock);
    if (bottom.height() + (bottom.top() - top.top()) >= pageHeight)
        return; // taller than a page together: nothing to gain
    if (int(top.top() / pageHeight) == int((bottom.bottom() - 1) / pageHeight))
        return;
    QTextBlockFormat format = heading.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(heading).setBlockFormat(format);
}

// A box (a finding, the summary: a table of one row) that would straddle two pages starts on the
// next one instead, unless it is taller than a page. The boxes are looked at in their order, each
// with the layout the moves before it left.
void keepBoxesOnOnePage(QTextDocument *document)
{
    const qreal pageHeight = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    if (pageHeight <= 0)
        return;
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() != 1)
            continue;
        layout->documentSize(); // the layout finished down to here
        const QRectF box = layout->frameBoundingRect(table);
        if (box.height() >= pageHeight)
            continue;
        if (int(box.top() / pageHeight) == int((box.bottom() - 1) / pageHeight))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

// A device that only says "96 dpi", for laying out the document.
QImage &layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        i.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        return i;
    }();
    return image;
}

} // namespace

QUrl PdfReport::documentationBase()
{
    return QUrl(u"https://example.org/scaling-advisor/"_s);
}

QUrl PdfReport::ruleUrl(const QString &docLink)
{
    return documentationBase().resolved(QUrl(docLink));
}

void PdfReport::build(QTextDocument *document, const Inventory &inventory, const AuditReport &audit,
                      const ReportOptions &options)
{
    document->documentLayout()->setPaintDevice(&layoutDevice());
    document->documentLayout()->registerHandler(chartObjectType,
                                                new ChartObject(inventory, document));
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    // A hair of letter spacing turns the ligatures off: "ﬁ" and "ﬂ" would reach a reader who
    // copies a command or an address out of the PDF as single characters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QString::fromUtf8(kStyle));
    document->setDocumentMargin(0);
    document->setHtml(documentHtml(inventory, audit, options));

    QTextCursor all(document);
    all.select(QTextCursor::Document);
    QTextCharFormat noLigatures;
    noLigatures.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    noLigatures.setFontLetterSpacing(0.1);
    all.mergeCharFormat(noLigatures);

    const QTextCursor marker = document->find(chartMarker);
    if (!marker.isNull()) {
        QTextCursor c = marker;
        QTextCharFormat object;
        object.setObjectType(chartObjectType);
        c.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

Status PdfReport::paint(const Inventory &inventory, const AuditReport &audit,
                        const ReportOptions &options, QPagedPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("A PDF report needs the graphical part of the application."));

    const QPageLayout page = device->pageLayout();
    const QRect paint = page.paintRectPixels(device->logicalDpiX());
    const qreal scale = qreal(device->logicalDpiX()) / layoutDpi;
    const QSizeF body(paint.width() / scale, paint.height() / scale - footerHeight);

    QTextDocument document;
    document.setPageSize(body);
    build(&document, inventory, audit, options);
    document.setPageSize(body); // the chart's size follows the page width
    keepChartWithItsHeading(&document);
    keepBoxesOnOnePage(&document);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot draw the report pages."));
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont(u"DejaVu Sans"_s);
    footerFont.setPixelSize(11);
    footerFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    const QString account =
        inventory.user.username.isEmpty() ? tr("(unnamed)") : inventory.user.username;
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(tr("Cannot start page %1 of the report.").arg(p + 1));
        }
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -p * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5b, 0x64, 0x75));
        painter.drawLine(QPointF(0, body.height() + 8), QPointF(body.width(), body.height() + 8));
        painter.drawText(QRectF(0, body.height() + 10, body.width(), footerHeight - 10),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Scaling Advisor report for %1").arg(account));
        painter.drawText(QRectF(0, body.height() + 10, body.width(), footerHeight - 10),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    qCDebug(lcGui) << "PDF report:" << pages << "pages";
    return success();
}

Result<QByteArray> PdfReport::render(const Inventory &inventory, const AuditReport &audit,
                                     const ReportOptions &options)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        writer.setResolution(600);
        writer.setTitle(tr("Scaling Advisor report for %1")
                            .arg(inventory.user.username.isEmpty() ? tr("(unnamed)")
                                                                   : inventory.user.username));
        writer.setCreator(u"Scaling Advisor"_s);
        if (Status s = paint(inventory, audit, options, &writer); !s)
            return Result<QByteArray>::failure(s.error());
    } // the writer finishes the file when it goes
    if (bytes.isEmpty())
        return Result<QByteArray>::failure(tr("The PDF report came out empty."));
    return bytes;
}

#include "pdfreport.moc"
