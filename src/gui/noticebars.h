#pragma once

#include "inventory.h"

#include <QList>
#include <QObject>

class AccountSession;
class InfoBar;
class QAction;
class QBoxLayout;

// The two bars above the summary: what the session has to say about the account (a refresh that
// failed and when it is tried again, a missing secret, no account yet), with the action that
// helps; and the services that could not be read in the last fetch.
class NoticeBars : public QObject
{
    Q_OBJECT

public:
    // The bars go into `layout`; `openSnapshot` is the window's File → Open snapshot.
    NoticeBars(AccountSession *session, QBoxLayout *layout, QAction *openSnapshot, QWidget *window);

    // Shows the session's notice as it reads now (the ages in it are worded afresh).
    void showNotice();
    void showPartialFailures(const Inventory &inventory);
    // Whether the notice says how old the data is (it ages with the data age label).
    bool noticeShowsAge() const;
    // The palette or the language changed: the bars are drawn and worded again.
    void restyle();
    void retranslate();

signals:
    void retryRequested();
    void accountsRequested();

private:
    AccountSession *m_session;
    InfoBar *m_refreshBar = nullptr;
    InfoBar *m_partialBar = nullptr;
    QAction *m_retryNow = nullptr;
    QAction *m_openAccounts = nullptr;
    QAction *m_openSnapshot = nullptr;
};
