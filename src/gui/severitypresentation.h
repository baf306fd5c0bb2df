#pragma once

#include "finding.h"

#include <QIcon>
#include <QString>

// How a severity looks on screen: always an icon of its own shape *and* a word, never colour alone.
// Icons are drawn as vectors so they stay sharp at any scale factor (no image plugin needed).
namespace SeverityPresentation {

enum class Badge
{
    Ok,
    Info,
    Warning,
    Danger,
    Exempt,
    Affected, // a service hit by the current platform incident
    Application,
    Service
};

QIcon icon(Badge badge);
QIcon icon(Severity severity);
Badge badgeFor(Severity severity);

// Translated words: "Danger", "Warning", "Info", "OK", "Exempt".
QString word(Badge badge);
QString word(Severity severity);

// The worst of two optional severities; -1 means "none".
int worse(int a, int b);

} // namespace SeverityPresentation
