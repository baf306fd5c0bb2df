#include "simlogging.h"

Q_LOGGING_CATEGORY(lcSim, "advisor.sim", QtInfoMsg)
