#include "guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "advisor.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuiTiming, "advisor.gui.timing", QtWarningMsg)
