#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "advisor.core", QtInfoMsg)
