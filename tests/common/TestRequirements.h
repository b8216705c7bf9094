#pragma once

// What a test program needs beyond its own process, said in one place. A program checks
// its requirement in initTestCase() and, without it, skips there as a whole, saying what is
// missing and how to get it: QtTest then reports no pass, and ctest counts the program as
// skipped (tests/CMakeLists.txt). Programs that need a throwaway server of their own use
// SHARDSCOPE_START_TEST_SERVER (TestServer.h).

#include <QString>
#include <QTest>

namespace requirement {

// The variable naming the coordinator of a running Citus cluster.
inline const char citusDsnVariable[] = "SHARDSCOPE_TEST_CITUS_DSN";

inline const char citusDsnMissing[] =
    "SHARDSCOPE_TEST_CITUS_DSN is not set: this needs the coordinator of a running Citus cluster. Start one "
    "(`shardscope up`, or `shardscope up --mode local` where Citus is installed) and set for example "
    "SHARDSCOPE_TEST_CITUS_DSN='host=127.0.0.1 port=9700 dbname=postgres user=postgres' (the password in "
    "PGPASSWORD or ~/.pgpass).";

inline const char qpsqlMissing[] =
    "Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql (Debian, Ubuntu).";

} // namespace requirement

// Runs a step of a fixture that starts something for the test (TestServer's start(),
// PrivateSessionBus's): skips the test when the fixture says this machine lacks what the
// step needs (unavailable(), with error() saying what), fails it on any other error.
#define SHARDSCOPE_REQUIRE_STEP(fixture, step)                                                                         \
    do {                                                                                                               \
        if (!(fixture).step) {                                                                                         \
            if ((fixture).unavailable())                                                                               \
                QSKIP(qPrintable((fixture).error()));                                                                  \
            QFAIL(qPrintable((fixture).error()));                                                                      \
        }                                                                                                              \
    } while (false)

// Sets dsn to the Citus coordinator named by SHARDSCOPE_TEST_CITUS_DSN, or skips.
#define SHARDSCOPE_REQUIRE_CITUS_DSN(dsn)                                                                              \
    do {                                                                                                               \
        (dsn) = qEnvironmentVariable(requirement::citusDsnVariable);                                                   \
        if ((dsn).isEmpty())                                                                                           \
            QSKIP(requirement::citusDsnMissing);                                                                       \
    } while (false)
