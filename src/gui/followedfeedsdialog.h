#pragma once

#include "followedfeedclient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Other feeds to follow beside the platform's own: a Statuspage page or an RSS / Atom feed,
// each with a name. Only web URLs are accepted.
class FollowedFeedsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FollowedFeedsDialog(QWidget *parent = nullptr);

    void setFeeds(const QList<FollowedFeed> &feeds);
    QList<FollowedFeed> feeds() const { return m_feeds; }

    // Checks what the user typed; the error says what is wrong.
    static Result<FollowedFeed> parse(const QString &name, const QString &url,
                                      FollowedFeed::Kind kind);
    // Adds what the fields say (for the Add button and tests).
    bool addFromFields();

private:
    void refreshList();

    QList<FollowedFeed> m_feeds;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
};
