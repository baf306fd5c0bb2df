# cmake -DROOT=<folder> [-DGLOB_SUFFIXES="cpp;h"] -P CheckTestWaits.cmake
# Fails, naming the file, when a test under ROOT may wait without bound:
# - a QEventLoop that no timer quits: every `QEventLoop name;` needs its own
#   `QTimer::singleShot(…, &QEventLoop::quit)` or `&QTimer::timeout, …, &QEventLoop::quit`;
# - a wait told to wait forever: `wait(-1)`, `waitForFinished(-1)`, `waitForReadyRead(-1)`, …;
# - processEvents() spun in a while loop (a hand-written poll with no deadline in sight).
# Tests wait with QTRY_* or tests/support (TestSupport::runAndWait, waitUntil) instead.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "CheckTestWaits: ROOT is not set")
endif()
if(NOT GLOB_SUFFIXES)
    set(GLOB_SUFFIXES cpp h)
endif()
set(patterns)
foreach(suffix ${GLOB_SUFFIXES})
    list(APPEND patterns "${ROOT}/*.${suffix}")
endforeach()
file(GLOB_RECURSE files ${patterns})
list(SORT files)
set(problems)
foreach(file ${files})
    file(READ ${file} text)
    # Semicolons and square brackets mean something to CMake lists: statements end in "@"
    # from here on, and brackets are parentheses.
    string(REPLACE ";" "@" text "${text}")
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REGEX MATCHALL "QEventLoop[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*@" loops "${text}")
    string(REGEX MATCHALL "(QTimer::singleShot\\([^@]*|&QTimer::timeout[^@]*)&QEventLoop::quit"
        quitters "${text}")
    list(LENGTH loops loopCount)
    list(LENGTH quitters quitterCount)
    file(RELATIVE_PATH name ${ROOT} ${file})
    if(loopCount GREATER quitterCount)
        list(APPEND problems "${name}: ${loopCount} QEventLoop(s), ${quitterCount} timer(s) quitting one")
    endif()
    if(text MATCHES "(wait|waitForFinished|waitForReadyRead|waitForBytesWritten|waitForConnected|waitForStarted|waitForNewConnection)\\([ \t]*-1[ \t]*\\)")
        list(APPEND problems "${name}: a wait without a timeout (${CMAKE_MATCH_1}(-1))")
    endif()
    if(text MATCHES "while[ \t]*\\([^@{]*\\)[ \t\r\n]*{?[ \t\r\n]*(QCoreApplication|QApplication|qApp)(::|->)processEvents")
        list(APPEND problems "${name}: processEvents() in a while loop")
    endif()
endforeach()
list(LENGTH files fileCount)
if(problems)
    list(JOIN problems "\n  " report)
    message(FATAL_ERROR "Unbounded waits in tests (wait with QTRY_* or tests/support):\n  ${report}")
endif()
message(STATUS "CheckTestWaits: ${fileCount} files, every wait bounded")
