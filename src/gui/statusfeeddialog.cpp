#include "statusfeeddialog.h"

#include "statuspresentation.h"
#include "statustext.h"

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
    QPushButton *more = buttons->addButton(tr("Other feeds…"), QDialogButtonBox::ActionRole);
    more->setObjectName(u"statusFeedFollowMore"_s);
    more->setToolTip(tr("Follow another Statuspage page or an RSS or Atom feed"));
    connect(more, &QPushButton::clicked, this, &StatusFeedDialog::followMoreRequested);
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

QString StatusFeedDialog::affected(const QStringList &names) const
{
    QStringList shown;
    for (const QString &n : names)
        shown << StatusText::oneLine(m_snapshot.componentDisplayName(n));
    return QLocale().createSeparatedList(shown);
}

void StatusFeedDialog::addMaintenance(const QDateTime &now)
{
    // Planned work apart from incidents: running first, then upcoming with their local time.
    QList<StatusMaintenance> list = m_snapshot.activeMaintenances();
    list << m_snapshot.upcomingMaintenances();
    if (list.isEmpty())
        return;
    QLabel *title = plainLabel(tr("Maintenance"), m_list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_listLayout->addWidget(title);
    for (const StatusMaintenance &m : std::as_const(list)) {
        auto *frame = new QFrame(m_list);
        frame->setObjectName(u"statusMaintenance"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        QLabel *name = plainLabel(m.name, frame);
        name->setObjectName(u"statusMaintenanceName"_s);
        name->setFont(bold);
        box->addWidget(name);
        QString when = StatusText::maintenanceStatusWords(m.status);
        if (m.scheduledFor.isValid())
            when = tr("%1 · %2 to %3")
                       .arg(when, StatusText::timeAndAge(m.scheduledFor, now),
                            StatusText::time(m.scheduledUntil));
        QLabel *window = plainLabel(when, frame);
        window->setObjectName(u"statusMaintenanceWindow"_s);
        box->addWidget(window);
        if (!m.components.isEmpty())
            box->addWidget(plainLabel(tr("Affects: %1").arg(affected(m.components)), frame));
        if (!m.updates.isEmpty())
            box->addWidget(
                plainLabel(StatusText::paragraphs(m.updates.first().body).join(u"\n\n"_s), frame));
        m_listLayout->addWidget(frame);
    }
}

void StatusFeedDialog::setFollowedFeeds(const QList<FollowedFeedState> &feeds)
{
    m_followed = feeds;
    rebuild();
}

QStringList StatusFeedDialog::followedFeedLines() const
{
    return m_followedLines;
}

void StatusFeedDialog::addFollowed(const QDateTime &now)
{
    m_followedLines.clear();
    if (m_followed.isEmpty())
        return;
    QLabel *title = plainLabel(tr("Other feeds you follow"), m_list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_listLayout->addWidget(title);
    for (const FollowedFeedState &f : std::as_const(m_followed)) {
        const QString name = StatusText::oneLine(f.feed.name);
        QStringList lines;
        if (!f.lastSuccess.isValid() && f.lastError.isEmpty()) {
            lines << tr("%1: not read yet").arg(name);
        } else if (!f.isCurrent()) {
            // Unknown stays unknown: neither green nor the last known state.
            lines << tr("%1: status unknown — %2").arg(name, StatusText::oneLine(f.lastError));
        } else if (f.feed.kind == FollowedFeed::Kind::Statuspage) {
            QString line = tr("%1: %2").arg(name, StatusText::headline(f.page));
            if (const QString own = StatusText::ownDescription(f.page); !own.isEmpty())
                line =
                    tr("%1: %2 (the page says: “%3”)").arg(name, StatusText::headline(f.page), own);
            lines << line;
            for (const StatusIncident &i : f.page.incidents)
                lines << tr("  %1 — %2")
                             .arg(StatusText::oneLine(i.name),
                                  StatusText::incidentStatusWords(i.status));
            for (const StatusMaintenance &m : f.page.upcomingMaintenances())
                lines << tr("  Upcoming maintenance: %1, %2")
                             .arg(StatusText::oneLine(m.name),
                                  StatusText::timeAndAge(m.scheduledFor, now));
        } else {
            // A feed tells no level: its latest entry is shown, the level stays unknown.
            const int n = int(f.entries.entries.size());
            lines << tr("%1: status unknown (a feed tells no level) — %n entries", nullptr, n)
                         .arg(name);
            if (n > 0) {
                const FeedEntry &e = f.entries.entries.first();
                lines << tr("  Latest: %1, %2")
                             .arg(StatusText::oneLine(e.title.isEmpty() ? e.summary.left(120)
                                                                        : e.title),
                                  StatusText::timeAndAge(e.published, now));
            }
        }
        QLabel *label = plainLabel(lines.join(u"\n"_s), m_list);
        label->setObjectName(u"statusFollowedFeed"_s);
        m_listLayout->addWidget(label);
        m_followedLines << lines.first();
    }
}

void StatusFeedDialog::rebuild()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The banner's headline; the page's own words as a quote under it, never a second headline.
    QStringList header{StatusText::headline(m_snapshot)};
    if (const QString own = StatusText::ownDescription(m_snapshot); !own.isEmpty())
        header << tr("The page says: “%1”").arg(own);
    if (m_snapshot.lastSuccess.isValid())
        header << tr("Read %1 from %2")
                      .arg(StatusText::timeAndAge(m_snapshot.lastSuccess, now),
                           StatusText::oneLine(m_snapshot.source));
    if (!m_snapshot.lastError.isEmpty())
        header << StatusText::oneLine(m_snapshot.lastError);
    m_header->setText(header.join(u"\n"_s));
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
    addMaintenance(now);
    if (order.isEmpty())
        m_listLayout->addWidget(plainLabel(tr("No recent incident updates."), m_list));

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
            plainLabel(tr("Impact: %1 · now %2")
                           .arg(incident.impact, StatusText::incidentStatusWords(incident.status)),
                       frame));
        for (const IncidentUpdate &u : updates) {
            QLabel *meta =
                plainLabel(tr("%1 · %2").arg(StatusText::timeAndAge(u.createdAt, now),
                                             StatusText::incidentStatusWords(u.incident.status)),
                           frame);
            QFont small = meta->font();
            small.setItalic(true);
            meta->setFont(small);
            box->addWidget(meta);
            QLabel *body = plainLabel(StatusText::paragraphs(u.body).join(u"\n\n"_s), frame);
            body->setObjectName(u"statusUpdateBody"_s);
            box->addWidget(body);
            if (!u.affected.isEmpty())
                box->addWidget(plainLabel(tr("Affects: %1").arg(affected(u.affected)), frame));
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
    addFollowed(now); // the other feeds last: the platform comes first
    m_listLayout->addStretch(1);
}
