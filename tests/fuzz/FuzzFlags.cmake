# KOHI_FUZZ=ON (clang only, in its own build dir, e.g. build/fuzz; see scripts/fuzz.sh): every
# target is instrumented for libFuzzer's coverage and built with ASan + UBSan, so the code under
# test is measured and checked; tests/fuzz then adds one libFuzzer executable per harness. The
# normal (GCC) build never sees these flags.
option(KOHI_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; use a separate build dir)" OFF)
if(KOHI_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KOHI_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
