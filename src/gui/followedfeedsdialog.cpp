#include "followedfeedsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FollowedFeedsDialog::FollowedFeedsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"followedFeedsDialog"_s);
    setWindowTitle(tr("Other status feeds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Follow other services beside the platform: their state is shown "
                                "in the status details and never changes the platform's."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"followedFeedsList"_s);
    layout->addWidget(m_list, 1);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"followedFeedsRemove"_s);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_feeds.size()) {
            m_feeds.removeAt(row);
            refreshList();
        }
    });

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"followedFeedName"_s);
    m_name->setPlaceholderText(tr("GitHub"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"followedFeedUrl"_s);
    m_url->setPlaceholderText(u"https://www.githubstatus.com"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"followedFeedKind"_s);
    m_kind->addItem(tr("Statuspage page"), int(FollowedFeed::Kind::Statuspage));
    m_kind->addItem(tr("RSS or Atom feed"), int(FollowedFeed::Kind::Feed));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Kind:"), m_kind);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"followedFeedError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"followedFeedAdd"_s);
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, &FollowedFeedsDialog::addFromFields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

void FollowedFeedsDialog::setFeeds(const QList<FollowedFeed> &feeds)
{
    m_feeds = feeds;
    refreshList();
}

Result<FollowedFeed> FollowedFeedsDialog::parse(const QString &name, const QString &url,
                                                FollowedFeed::Kind kind)
{
    FollowedFeed feed;
    feed.name = name.simplified();
    feed.kind = kind;
    if (feed.name.isEmpty())
        return Result<FollowedFeed>::failure(tr("Give the feed a name."));
    feed.url = QUrl::fromUserInput(url.trimmed());
    if (!feed.url.isValid() || feed.url.host().isEmpty() ||
        (feed.url.scheme() != "https"_L1 && feed.url.scheme() != "http"_L1))
        return Result<FollowedFeed>::failure(
            tr("\"%1\" is not a web address (https://…).").arg(url.trimmed().left(200)));
    return feed;
}

bool FollowedFeedsDialog::addFromFields()
{
    const auto feed =
        parse(m_name->text(), m_url->text(), FollowedFeed::Kind(m_kind->currentData().toInt()));
    if (!feed) {
        m_error->setText(feed.error());
        m_error->show();
        return false;
    }
    for (const FollowedFeed &f : std::as_const(m_feeds))
        if (f.url == feed->url) {
            m_error->setText(tr("%1 is followed already.").arg(feed->url.toString()));
            m_error->show();
            return false;
        }
    m_error->hide();
    m_feeds.append(*feed);
    m_name->clear();
    m_url->clear();
    refreshList();
    return true;
}

void FollowedFeedsDialog::refreshList()
{
    m_list->clear();
    for (const FollowedFeed &f : std::as_const(m_feeds))
        m_list->addItem(
            tr("%1 — %2 (%3)")
                .arg(f.name, f.url.toString(),
                     f.kind == FollowedFeed::Kind::Feed ? tr("RSS or Atom") : tr("Statuspage")));
    m_remove->setEnabled(!m_feeds.isEmpty());
}
