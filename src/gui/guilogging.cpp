#include "guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "advisor.gui", QtInfoMsg)
