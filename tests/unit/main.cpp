// The one Catch2 main of the unit tests (heavy to compile: keep it alone).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
