#include "fileactions.h"

#include "accountsession.h"
#include "checkedfile.h"
#include "reportdocument.h"
#include "reportwriter.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// The strings keep the window's translation context, where they were first translated.

FileActions::FileActions(AccountSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{}

Status FileActions::saveSnapshot(const QString &path) const
{
    return Snapshot::write(m_session->inventory(), path);
}

Status FileActions::exportReport(const QString &format, const QString &path) const
{
    if (format == u"pdf"_s)
        return ReportDocument::writePdf(m_session->inventory(), m_session->audit(), path);
    ReportFormat f;
    if (!reportFormatFromName(format, &f))
        return Status::failure(
            QCoreApplication::translate("MainWindow", "Unknown report format: %1").arg(format));
    return CheckedFile::write(path,
                              ReportWriter::write(f, m_session->inventory(), m_session->audit()));
}

void FileActions::exportWithDialog(const QString &format)
{
    QString filter;
    if (format == u"html"_s)
        filter = QCoreApplication::translate("MainWindow", "HTML report (*.html)");
    else if (format == u"pdf"_s)
        filter = QCoreApplication::translate("MainWindow", "PDF report (*.pdf)");
    else if (format == u"csv"_s)
        filter = QCoreApplication::translate("MainWindow", "CSV table (*.csv)");
    else
        filter = QCoreApplication::translate("MainWindow", "JSON (*.json)");
    const Inventory &inv = m_session->inventory();
    const QString base = inv.user.username.isEmpty() ? u"scaling-advisor"_s : inv.user.username;
    const QString path = QFileDialog::getSaveFileName(
        m_window, QCoreApplication::translate("MainWindow", "Export report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base +
            u"-report."_s + format,
        filter);
    if (path.isEmpty())
        return;
    const Status s = exportReport(format, path);
    if (s.ok())
        emit written(QCoreApplication::translate("MainWindow", "Report written to %1").arg(path));
    else
        QMessageBox::warning(m_window, QCoreApplication::translate("MainWindow", "Export report"),
                             s.error());
}

void FileActions::printReport()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument::print(m_session->inventory(), m_session->audit(), &printer);
}

void FileActions::openSnapshotWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, QCoreApplication::translate("MainWindow", "Open snapshot"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        QCoreApplication::translate("MainWindow", "Snapshots (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // The read runs in the background; a file that turns out unreadable is reported when its
    // read ends (showSnapshotError).
    if (const Status s = m_session->openSnapshot(path); !s.ok())
        showSnapshotError(path, s.error());
}

void FileActions::showSnapshotError(const QString &path, const QString &error)
{
    QMessageBox::warning(m_window, QCoreApplication::translate("MainWindow", "Open snapshot"),
                         QCoreApplication::translate(
                             "MainWindow", "%1 is not a snapshot this application can read: %2")
                             .arg(QDir::toNativeSeparators(path), error));
}

void FileActions::saveSnapshotWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, QCoreApplication::translate("MainWindow", "Save snapshot"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/snapshot.json"_s,
        QCoreApplication::translate("MainWindow", "Snapshots (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = saveSnapshot(path);
    if (s.ok())
        emit written(QCoreApplication::translate("MainWindow", "Snapshot written to %1").arg(path));
    else
        QMessageBox::warning(m_window, QCoreApplication::translate("MainWindow", "Save snapshot"),
                             s.error());
}
