#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where the documentation shipped with the package is, for the rule pages a finding links to:
// the installed documentation folder (<datadir>/doc/scaling-advisor), then the XDG data folders,
// then the source tree of a development build.
namespace Documentation {

QStringList searchFolders();
// A rule's documentation link ("docs/rules.md#rule") as a URL a user can open.
QUrl ruleUrl(const QString &docLink);

} // namespace Documentation
