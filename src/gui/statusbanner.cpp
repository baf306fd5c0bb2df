#include "statusbanner.h"

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

QString localTime(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    const bool today = local.date() == QDate::currentDate();
    return QLocale().toString(local, today ? QLocale().timeFormat(QLocale::ShortFormat)
                                           : QLocale().dateTimeFormat(QLocale::ShortFormat));
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
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    texts->addWidget(m_impactLabel);
    row->addLayout(texts, 1);
    m_details = new QPushButton(tr("Details…"), this);
    m_details->setObjectName(u"statusBannerDetails"_s);
    m_details->setToolTip(tr("Show the recent status updates"));
    row->addWidget(m_details, 0, Qt::AlignVCenter);
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

void StatusBanner::refresh(const QDateTime &now)
{
    m_look = StatusPresentation::lookFor(m_snapshot);
    const bool calm = m_look == Look::Operational;

    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusPresentation::background(m_look));
    pal.setColor(QPalette::WindowText, StatusPresentation::foreground(m_look));
    setPalette(pal);
    const int iconSize = calm ? 16 : 24;
    m_icon->setPixmap(StatusPresentation::pixmap(m_look, iconSize));

    // Title: the words for the level (never colour alone), with the unknown state's age.
    QString title = StatusPresentation::title(m_look);
    if (m_look == Look::Unknown) {
        const QDateTime since = m_snapshot.unknownSince();
        if (since.isValid())
            title = tr("Status unknown since %1").arg(localTime(since));
        if (m_offline)
            title += tr(" (this computer is offline)");
    } else if (m_snapshot.level() == StatusLevel::Critical) {
        title += tr(" (critical)");
    }
    m_title->setText(title);
    // Tooltips guess rich text: remote text goes in escaped, inside a paragraph.
    m_icon->setToolTip(Qt::convertFromPlainText(
        m_snapshot.description.isEmpty() ? title : m_snapshot.description));
    m_icon->setAccessibleName(title);

    // Detail: the feed's description and its latest update.
    QStringList detail;
    if (m_look == Look::Unknown) {
        if (m_snapshot.hasData())
            detail << tr("Last known: %1 (%2)")
                          .arg(m_snapshot.description.isEmpty()
                                   ? statusLevelName(m_snapshot.dataLevel())
                                   : m_snapshot.description,
                               StatusPresentation::age(m_snapshot.lastSuccess, now));
        if (!m_snapshot.lastError.isEmpty())
            detail << m_snapshot.lastError;
        else if (!m_snapshot.hasData() && m_snapshot.source.isEmpty())
            detail << tr("No status service is set: add its URL in the settings.");
        else if (!m_snapshot.hasData())
            detail << tr("The status service has not been read yet.");
    } else {
        // A calm banner stays one line; the description goes to the tooltip.
        if (!calm && !m_snapshot.description.isEmpty() &&
            m_snapshot.description.compare(StatusPresentation::title(m_look),
                                           Qt::CaseInsensitive) != 0)
            detail << m_snapshot.description;
        // The latest update, when its incident is still open (a calm banner stays calm).
        if (const IncidentUpdate *latest = m_snapshot.latestUpdate();
            latest && (!calm || !latest->incident.isResolved()))
            detail << tr("Latest: %1 — %2, %3")
                          .arg(latest->incident.name, latest->incident.status,
                               StatusPresentation::age(latest->createdAt, now));
    }
    m_detail->setText(detail.join(u"\n"_s));
    m_detail->setVisible(!detail.isEmpty());

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
    m_impactLabel->setVisible(!impact.isEmpty() && m_look != Look::Operational &&
                              m_look != Look::Unknown);

    setAccessibleName(tr("Platform status"));
    setAccessibleDescription(
        QStringList{title, m_detail->text(), m_impactLabel->text()}.join(u"\n"_s));
    layout()->setContentsMargins(8, calm ? 2 : 6, 8, calm ? 2 : 6);
    m_details->setVisible(m_snapshot.hasData() || !m_snapshot.lastError.isEmpty());
    m_details->setFlat(calm); // keeps the calm strip slim
}
