#pragma once

#include "result.h"

#include <QObject>
#include <QString>

class AccountSession;
class QWidget;

// The File menu's work on the account the session holds: open and save snapshots, export and
// print reports, each with its dialog and its error box. The window connects its actions here.
class FileActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; neither it nor the session is owned.
    FileActions(AccountSession *session, QWidget *window, QObject *parent = nullptr);

    Status saveSnapshot(const QString &path) const;
    // format: "html", "pdf", "csv", "json".
    Status exportReport(const QString &format, const QString &path) const;

    void openSnapshotWithDialog();
    void saveSnapshotWithDialog();
    void exportWithDialog(const QString &format);
    void printReport();
    // The snapshot the user chose could not be read (now or when its read ended).
    void showSnapshotError(const QString &path, const QString &error);

signals:
    // A line for the status bar: what was written where.
    void written(const QString &message);

private:
    AccountSession *m_session;
    QWidget *m_window;
};
