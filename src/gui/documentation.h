#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where the documentation shipped with the package is: the user guide that Help opens and the
// rule pages a finding links to. Looked up in the installed documentation folder
// (<datadir>/doc/scaling-advisor), then in the XDG data folders, then in the source tree of a
// development build; the user guide last in the application's resources.
namespace Documentation {

QStringList searchFolders();
// The user guide to open; empty when none is installed.
QUrl userGuideUrl();
// A rule's documentation link ("docs/rules.md#rule") as a URL a user can open.
QUrl ruleUrl(const QString &docLink);

} // namespace Documentation
