#include "statusfeeddialog.h"

#include "statuspresentation.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StatusFeedDialog::StatusFeedDialog(QWidget *parent)
    : QDialog(parent)
    , m_open([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(u"statusFeedDialog"_s);
    setWindowTitle(tr("Platform status updates"));
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(u"statusFeedHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_list = new QWidget(scroll);
    m_listLayout = new QVBoxLayout(m_list);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QUrl StatusFeedDialog::incidentUrl(const StatusSnapshot &snapshot, const StatusIncident &incident)
{
    QUrl url(incident.link);
    if (incident.link.isEmpty() && !snapshot.pageUrl.isEmpty() && !incident.id.isEmpty())
        url = QUrl(snapshot.pageUrl + u"/incidents/"_s + incident.id);
    // Only web pages: a feed must not make us open files or run handlers.
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        return {};
    return url;
}

void StatusFeedDialog::setSnapshot(const StatusSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void StatusFeedDialog::rebuild()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto look = StatusPresentation::lookFor(m_snapshot);
    QString header = StatusPresentation::title(look);
    if (!m_snapshot.description.isEmpty())
        header += u" — "_s + m_snapshot.description;
    if (m_snapshot.lastSuccess.isValid())
        header += u"\n"_s +
                  tr("Read %1 from %2")
                      .arg(StatusPresentation::age(m_snapshot.lastSuccess, now), m_snapshot.source);
    if (!m_snapshot.lastError.isEmpty())
        header += u"\n"_s + m_snapshot.lastError;
    m_header->setText(header);

    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    // Group by incident, in the order of each incident's newest update.
    QList<QString> order;
    QHash<QString, QList<IncidentUpdate>> byIncident;
    for (const IncidentUpdate &u : m_snapshot.updates) {
        if (!byIncident.contains(u.incident.id))
            order.append(u.incident.id);
        byIncident[u.incident.id].append(u);
    }
    if (order.isEmpty())
        m_listLayout->addWidget(plainLabel(tr("No recent status updates."), m_list));

    for (const QString &id : std::as_const(order)) {
        const QList<IncidentUpdate> &updates = byIncident[id];
        const StatusIncident &incident = updates.first().incident; // its latest state
        auto *frame = new QFrame(m_list);
        frame->setObjectName(u"statusIncident"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        QLabel *name = plainLabel(incident.name, frame);
        name->setObjectName(u"statusIncidentName"_s);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        box->addWidget(name);
        box->addWidget(
            plainLabel(tr("Impact: %1 · now %2").arg(incident.impact, incident.status), frame));
        for (const IncidentUpdate &u : updates) {
            const QString when =
                QLocale().toString(u.createdAt.toLocalTime(), QLocale::ShortFormat);
            QLabel *meta =
                plainLabel(u"%1 · %2 (%3)"_s.arg(when, u.incident.status,
                                                 StatusPresentation::age(u.createdAt, now)),
                           frame);
            QFont small = meta->font();
            small.setItalic(true);
            meta->setFont(small);
            box->addWidget(meta);
            QLabel *body = plainLabel(u.body, frame);
            body->setObjectName(u"statusUpdateBody"_s);
            box->addWidget(body);
            if (!u.affected.isEmpty())
                box->addWidget(plainLabel(
                    tr("Affects: %1").arg(QLocale().createSeparatedList(u.affected)), frame));
        }
        const QUrl url = incidentUrl(m_snapshot, incident);
        if (url.isValid()) {
            auto *open = new QPushButton(tr("Open incident page"), frame);
            open->setObjectName(u"statusIncidentLink"_s);
            open->setToolTip(url.toString());
            connect(open, &QPushButton::clicked, this, [this, url] { m_open(url); });
            box->addWidget(open, 0, Qt::AlignLeft);
        }
        m_listLayout->addWidget(frame);
    }
    m_listLayout->addStretch(1);
}
