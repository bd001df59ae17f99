// Catch2's main, used only when the tree has no shared catch_main (building the front end on its own).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
