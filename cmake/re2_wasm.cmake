# RE2 for WebAssembly, compiled from the sources vendored in the npm package
# re2@1.19.2 (RE2 from before its Abseil dependency; ../shared/TOOLCHAIN.md).
# The tarball is fetched once with `npm pack` into the build folder, checked
# against its pinned SHA-512, and the static library is built like any target,
# so repeat builds reuse it.
set(RE2_NPM_VERSION 1.19.2)
set(RE2_NPM_SHA512 c6ca637284046f70f021a57f7db86039e23d7493650ed68e3f3c570b63e08a09fd17591bd35a16552605eaa509c25738aad06178cb253ddbb444b3d50e7df4ee)
set(RE2_DEPS ${CMAKE_BINARY_DIR}/_deps)
set(RE2_TARBALL ${RE2_DEPS}/re2-${RE2_NPM_VERSION}.tgz)
set(RE2_SOURCE_DIR ${RE2_DEPS}/re2-${RE2_NPM_VERSION}/package/vendor)

if(NOT EXISTS ${RE2_SOURCE_DIR}/re2/re2.cc)
  file(MAKE_DIRECTORY ${RE2_DEPS})
  if(NOT EXISTS ${RE2_TARBALL})
    execute_process(COMMAND npm pack re2@${RE2_NPM_VERSION} --silent
                    WORKING_DIRECTORY ${RE2_DEPS} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "npm pack re2@${RE2_NPM_VERSION} failed; the npm registry must be reachable")
    endif()
  endif()
  file(SHA512 ${RE2_TARBALL} got)
  if(NOT got STREQUAL RE2_NPM_SHA512)
    file(REMOVE ${RE2_TARBALL})
    message(FATAL_ERROR "re2-${RE2_NPM_VERSION}.tgz does not match its pinned SHA-512")
  endif()
  file(MAKE_DIRECTORY ${RE2_DEPS}/re2-${RE2_NPM_VERSION})
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xzf ${RE2_TARBALL} package/vendor
                  WORKING_DIRECTORY ${RE2_DEPS}/re2-${RE2_NPM_VERSION})
endif()

set(RE2_SOURCES)
foreach(f bitmap256 bitstate compile dfa filtered_re2 mimics_pcre nfa onepass parse
          perl_groups prefilter prefilter_tree prog re2 regexp set simplify stringpiece
          tostring unicode_casefold unicode_groups)
  list(APPEND RE2_SOURCES ${RE2_SOURCE_DIR}/re2/${f}.cc)
endforeach()
list(APPEND RE2_SOURCES ${RE2_SOURCE_DIR}/util/rune.cc ${RE2_SOURCE_DIR}/util/strutil.cc)
add_library(re2_lib STATIC ${RE2_SOURCES})
target_include_directories(re2_lib SYSTEM PUBLIC ${RE2_SOURCE_DIR})
target_compile_options(re2_lib PRIVATE -w)
