#include "statusbanner.h"

#include "statustext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using StatusPresentation::Look;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // remote text: never interpreted
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// At most this many application names in the banner; the rest are counted.
constexpr int kNamesShown = 6;

QString nameList(const QStringList &names)
{
    if (names.size() <= kNamesShown)
        return QLocale().createSeparatedList(names);
    QStringList shown = names.mid(0, kNamesShown);
    shown.append(QCoreApplication::translate("StatusBanner", "%n more", nullptr,
                                             int(names.size() - kNamesShown)));
    return QLocale().createSeparatedList(shown);
}
} // namespace

StatusBanner::StatusBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"statusBanner"_s);
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"statusBannerIcon"_s);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(1);
    m_title = plainLabel(this, u"statusBannerTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail = plainLabel(this, u"statusBannerDetail"_s);
    m_impactLabel = plainLabel(this, u"statusBannerImpact"_s);
    m_down = plainLabel(this, u"statusBannerDown"_s);
    m_down->setFont(bold);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    texts->addWidget(m_down);
    texts->addWidget(m_impactLabel);
    // The window keeps room for four lines (so that nothing jumps when the news grows): the
    // words stay at the top beside the icon instead of floating in the middle of that room.
    texts->addStretch(1);
    row->addLayout(texts, 1);
    m_whatIf = new QPushButton(this);
    m_whatIf->setObjectName(u"statusBannerWhatIf"_s);
    row->addWidget(m_whatIf, 0, Qt::AlignTop);
    connect(m_whatIf, &QPushButton::clicked, this,
            [this] { emit whatIfRequested(m_whatIfDatacenter); });
    m_checkNow = new QPushButton(tr("Check now"), this);
    m_checkNow->setObjectName(u"statusBannerCheckNow"_s);
    m_checkNow->setToolTip(tr("Read the platform status again now"));
    row->addWidget(m_checkNow, 0, Qt::AlignTop);
    connect(m_checkNow, &QPushButton::clicked, this, &StatusBanner::checkNowRequested);
    m_details = new QPushButton(tr("Details…"), this);
    m_details->setObjectName(u"statusBannerDetails"_s);
    m_details->setToolTip(tr("Show the recent status updates and maintenance"));
    row->addWidget(m_details, 0, Qt::AlignTop);
    connect(m_details, &QPushButton::clicked, this, &StatusBanner::detailsRequested);
    refresh();
}

void StatusBanner::setSnapshot(const StatusSnapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void StatusBanner::setImpact(const StatusImpact &impact)
{
    m_impact = impact;
    refresh();
}

void StatusBanner::setOffline(bool offline)
{
    m_offline = offline;
    refresh();
}

QColor StatusBanner::backgroundColor() const
{
    return palette().color(QPalette::Window);
}

QString StatusBanner::titleText() const
{
    return m_title->text();
}

QString StatusBanner::detailText() const
{
    return m_detail->text();
}

QString StatusBanner::impactText() const
{
    return m_impactLabel->text();
}

QString StatusBanner::downText() const
{
    return m_down->isVisibleTo(this) ? m_down->text() : QString();
}

QString StatusBanner::summaryText() const
{
    return m_summary;
}

void StatusBanner::refresh(const QDateTime &now)
{
    m_look = StatusPresentation::lookFor(m_snapshot);
    const bool calm = m_look == Look::Operational;
    const bool unknown = m_look == Look::Unknown;

    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusPresentation::background(m_look));
    pal.setColor(QPalette::WindowText, StatusPresentation::foreground(m_look));
    setPalette(pal);
    const int iconSize = calm ? 16 : 24;
    m_icon->setPixmap(StatusPresentation::pixmap(m_look, iconSize));

    // Title: the words for the level (never colour alone), the same as the command line's.
    QString title = StatusText::headline(m_snapshot);
    if (unknown) {
        const QDateTime since = m_snapshot.unknownSince();
        if (since.isValid())
            title = tr("Status unknown since %1").arg(StatusText::timeAndAge(since, now));
        if (m_offline)
            title = tr("%1 — this computer is offline").arg(title);
    }
    m_title->setText(title);

    // Detail: the feed's own words as a quote, its latest update, the maintenance.
    QStringList detail;
    if (unknown) {
        if (m_snapshot.hasData())
            detail << tr("Last known: %1, read %2")
                          .arg(m_snapshot.description.isEmpty()
                                   ? statusLevelName(m_snapshot.dataLevel())
                                   : StatusText::oneLine(m_snapshot.description),
                               StatusText::timeAndAge(m_snapshot.lastSuccess, now));
        if (!m_snapshot.lastError.isEmpty())
            detail << StatusText::oneLine(m_snapshot.lastError);
        else if (!m_snapshot.hasData() && m_snapshot.source.isEmpty())
            detail << tr("No status service is set: add its URL in the settings.");
        else if (!m_snapshot.hasData())
            detail << tr("The status service has not been read yet.");
    } else {
        // A calm banner stays one line; the description goes to the tooltip.
        if (const QString own = StatusText::ownDescription(m_snapshot); !calm && !own.isEmpty())
            //: The status page's own words, quoted under the banner's headline
            detail << tr("The page says: “%1”").arg(own);
        // The latest update, when its incident is still open (a calm banner stays calm).
        if (const IncidentUpdate *latest = m_snapshot.latestUpdate();
            latest && (!calm || !latest->incident.isResolved()))
            detail << tr("Latest: %1 — %2, %3")
                          .arg(StatusText::oneLine(latest->incident.name),
                               StatusText::incidentStatusWords(latest->incident.status),
                               StatusText::age(latest->createdAt, now));
        // The title already says maintenance when it is the level; the window says which.
        const bool titled = m_look == Look::Maintenance;
        for (const StatusMaintenance &m : m_snapshot.activeMaintenances()) {
            const QString name = StatusText::oneLine(m.name);
            if (m.scheduledUntil.isValid())
                detail << (titled ? tr("%1, until %2")
                                  : tr("Maintenance in progress: %1, until %2"))
                              .arg(name, StatusText::timeAndAge(m.scheduledUntil, now));
            else
                detail << (titled ? name : tr("Maintenance in progress: %1").arg(name));
        }
        // The next window, when it starts within a day (the rest are in the details).
        const QList<StatusMaintenance> upcoming = m_snapshot.upcomingMaintenances();
        if (!upcoming.isEmpty() && upcoming.first().scheduledFor.isValid() &&
            now.secsTo(upcoming.first().scheduledFor) < 86400)
            detail << tr("Upcoming maintenance: %1, %2")
                          .arg(StatusText::oneLine(upcoming.first().name),
                               StatusText::timeAndAge(upcoming.first().scheduledFor, now));
    }
    m_detail->setText(detail.join(u"\n"_s));
    m_detail->setVisible(!detail.isEmpty());

    // The user's applications that are down there, and the What-if of that datacenter.
    const bool troubled = !calm && !unknown;
    QString down;
    m_whatIfDatacenter.clear();
    if (troubled && !m_impact.losses.isEmpty()) {
        const StatusImpact::Loss &loss = m_impact.losses.first();
        const int n = int(loss.down.size());
        down = m_look == Look::Outage || m_look == Look::Maintenance
                   ? tr("%1 are down in %2", nullptr, n).arg(nameList(loss.down), loss.datacenter)
                   : tr("%1 would go down if %2 failed", nullptr, n)
                         .arg(nameList(loss.down), loss.datacenter);
        for (int i = 1; i < m_impact.losses.size(); ++i) {
            const StatusImpact::Loss &more = m_impact.losses.at(i);
            down += u'\n' + tr("%1 are down in %2", nullptr, int(more.down.size()))
                                .arg(nameList(more.down), more.datacenter);
        }
        m_whatIfDatacenter = loss.datacenter;
    }
    m_down->setText(down);
    m_down->setVisible(!down.isEmpty());
    m_whatIf->setText(tr("What if %1 fails…").arg(m_whatIfDatacenter));
    m_whatIf->setToolTip(
        tr("Open the What-if of %1 for your applications").arg(m_whatIfDatacenter));
    m_whatIf->setVisible(!m_whatIfDatacenter.isEmpty());

    // Impact on the user's services.
    QStringList impact;
    if (!m_impact.datacenters.isEmpty()) {
        const QString places = QLocale().createSeparatedList(m_impact.datacenters);
        const int n = int(m_impact.serviceKeys.size());
        impact << (n == 0 ? tr("None of your services have instances in %1").arg(places)
                          : tr("%n of your services have instances in %1", nullptr, n).arg(places));
    }
    if (m_impact.apiAffected)
        impact << tr("The platform API is affected: scaling and deployments may fail");
    m_impactLabel->setText(impact.join(u"\n"_s));
    // Stale data makes no claim about the user's services; a calm banner stays one line.
    m_impactLabel->setVisible(!impact.isEmpty() && troubled);

    // Tooltips guess rich text: remote text goes in escaped, inside a paragraph.
    const QString own = StatusText::ownDescription(m_snapshot);
    m_icon->setToolTip(Qt::convertFromPlainText(own.isEmpty() ? title : own));
    m_icon->setAccessibleName(title);

    QStringList summary{title};
    if (m_detail->isVisibleTo(this))
        summary << m_detail->text();
    if (!down.isEmpty())
        summary << down;
    if (m_impactLabel->isVisibleTo(this))
        summary << m_impactLabel->text();
    const QString text = summary.join(u"\n"_s);

    setAccessibleName(tr("Platform status"));
    setAccessibleDescription(text);
    layout()->setContentsMargins(8, calm ? 2 : 6, 8, calm ? 2 : 6);
    m_details->setVisible(m_snapshot.hasData() || !m_snapshot.lastError.isEmpty());
    m_details->setFlat(calm); // keeps the calm strip slim
    m_checkNow->setVisible(!calm && !m_snapshot.source.isEmpty());
    if (text != m_summary) {
        m_summary = text;
        emit summaryChanged(m_summary);
    }
}
