#include "platformlogging.h"

Q_LOGGING_CATEGORY(lcPlatform, "advisor.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStatus, "advisor.status", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "advisor.credentials", QtInfoMsg)
