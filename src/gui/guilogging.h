#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGui)
// How long each step of showing an inventory takes (QT_LOGGING_RULES="advisor.gui.timing=true").
Q_DECLARE_LOGGING_CATEGORY(lcGuiTiming)
