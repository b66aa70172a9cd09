# Writes a lupdate-only C++ file (never compiled) listing, as QT_TRANSLATE_NOOP with the context
# the code uses at run time, the strings lupdate cannot attribute by itself:
#
#   namespace { QString tr(const char* text)
#               { return QCoreApplication::translate("kohi::db::ApiError", text); } }
#   ... tr("この操作を行う権限がありません。")   // from a free function: lupdate says "kohi::db"
#
#   const char* ctx = "kohi::db::Duty";
#   ... QCoreApplication::translate(ctx, "承認者")   // variable context: lupdate skips it
#
# Sources that define such a file-local tr() are not given to lupdate (translations/CMakeLists.txt
# lists them in HELPER_FILES); every string of theirs is taken from here instead.
#
# Usage: cmake -DSETTINGS=<file> -P ExtractHelperStrings.cmake, where the settings file sets
# SOURCE_ROOT, OUTPUT (the file to write), SOURCES and HELPER_FILES (absolute paths).

cmake_minimum_required(VERSION 3.25)
include("${SETTINGS}")

set(ws "[ \t\r\n]*")
set(literals "(\"[^\"]*\"${ws})+")
set(identifier "[A-Za-z_][A-Za-z0-9_]*")
# const char* ctx = "kohi::db::Duty";
set(re_variable
    "const char${ws}\\*${ws}(const${ws})?(${identifier})${ws}=${ws}(\"[^\"]*\")${ws};")
# QString tr(const char* text) { return QCoreApplication::translate(<context>, text); }
set(re_helper
    "QString[ \t\r\n]+(${identifier})${ws}\\(${ws}const char${ws}\\*${ws}${identifier}${ws}\\)${ws}{${ws}return QCoreApplication::translate\\(${ws}(${identifier}|\"[^\"]*\")${ws},${ws}${identifier}${ws}\\)${ws};")
# QCoreApplication::translate(<context>, "source" ...) and QT_TRANSLATE_NOOP(<context>, "source")
set(re_translate
    "(QCoreApplication::translate|QT_TRANSLATE_NOOP)${ws}\\(${ws}(${identifier}|\"[^\"]*\")${ws},${ws}(${literals})[,)]")
# name("source" ...): kept when name is a helper of this file
set(re_call "[^A-Za-z0-9_:.>](${identifier})${ws}\\(${ws}(${literals})[,)]")

# The context (a C++ string literal) that a variable name or a literal stands for in this file.
function(kohi_resolve_context token out)
  if(token MATCHES "^\"")
    set(${out} "${token}" PARENT_SCOPE)
  elseif(DEFINED kohi_var_${token})
    set(${out} "${kohi_var_${token}}" PARENT_SCOPE)
  else()
    message(FATAL_ERROR "${relative}: cannot tell the translation context '${token}'")
  endif()
endfunction()

function(kohi_emit context sourcetext)
  string(REGEX REPLACE "\"${ws}\"" "\"\n                      \"" text "${sourcetext}")
  string(STRIP "${text}" text)
  string(APPEND body "    //: ${relative}\n    QT_TRANSLATE_NOOP(${context}, ${text}),\n")
  math(EXPR count "${count} + 1")
  set(body "${body}" PARENT_SCOPE)
  set(count ${count} PARENT_SCOPE)
endfunction()

set(body "")
set(count 0)
list(REMOVE_ITEM SOURCES "" "${OUTPUT}")
list(SORT SOURCES)
foreach(source IN LISTS SOURCES)
  if(NOT source MATCHES "\\.cpp$")
    continue()
  endif()
  file(READ "${source}" rest)
  file(RELATIVE_PATH relative "${SOURCE_ROOT}" "${source}")
  set(helper_file FALSE)
  if(source IN_LIST HELPER_FILES)
    set(helper_file TRUE)
  endif()
  set(helpers "")
  # Walk the file front to back, nearest token first, so a context variable or a helper is known
  # before the calls that use it.
  while(TRUE)
    set(best_pos -1)
    foreach(kind IN ITEMS variable helper translate call)
      string(REGEX MATCH "${re_${kind}}" found "${rest}")
      if(found STREQUAL "")
        continue()
      endif()
      string(FIND "${rest}" "${found}" pos)
      if(kind STREQUAL "call")
        math(EXPR pos "${pos} + 1") # the match starts with the character before the name
      endif()
      if(best_pos EQUAL -1 OR pos LESS best_pos)
        set(best_pos ${pos})
        set(best_kind ${kind})
        set(best_text "${found}")
      endif()
    endforeach()
    if(best_pos EQUAL -1)
      break()
    endif()
    string(LENGTH "${best_text}" length)
    if(best_kind STREQUAL "call")
      math(EXPR length "${length} - 1")
    endif()
    math(EXPR next "${best_pos} + ${length}")
    if(best_kind STREQUAL "translate" OR best_kind STREQUAL "call")
      math(EXPR next "${next} - 1") # leave the closing ',' or ')' for the next token
    endif()
    string(SUBSTRING "${rest}" ${next} -1 rest)

    string(REGEX MATCH "${re_${best_kind}}" found "${best_text}")
    if(best_kind STREQUAL "variable")
      set(kohi_var_${CMAKE_MATCH_2} "${CMAKE_MATCH_3}")
    elseif(best_kind STREQUAL "helper")
      set(name "${CMAKE_MATCH_1}")
      kohi_resolve_context("${CMAKE_MATCH_2}" context)
      if(name STREQUAL "tr" AND NOT helper_file)
        message(FATAL_ERROR "${relative} defines a file-local tr(): re-run CMake so that "
                            "translations/CMakeLists.txt lists it among the helper files")
      endif()
      set(helper_${name} "${context}")
      list(APPEND helpers ${name})
    elseif(best_kind STREQUAL "translate")
      set(sourcetext "${CMAKE_MATCH_3}")
      set(token "${CMAKE_MATCH_2}")
      # lupdate reads a literal context itself, except in the helper files it does not see.
      if(helper_file OR NOT token MATCHES "^\"")
        kohi_resolve_context("${token}" context)
        kohi_emit("${context}" "${sourcetext}")
      endif()
    elseif(best_kind STREQUAL "call")
      set(sourcetext "${CMAKE_MATCH_2}")
      if("${CMAKE_MATCH_1}" IN_LIST helpers)
        kohi_emit("${helper_${CMAKE_MATCH_1}}" "${sourcetext}")
      endif()
    endif()
  endwhile()
  foreach(name IN LISTS helpers)
    unset(helper_${name})
  endforeach()
  get_cmake_property(variables VARIABLES)
  foreach(variable IN LISTS variables)
    if(variable MATCHES "^kohi_var_")
      unset(${variable})
    endif()
  endforeach()
endforeach()

set(content "// Generated by translations/lupdate/ExtractHelperStrings.cmake whenever the kohi_app_lupdate
// target runs; do not edit. Never compiled: lupdate reads it for the strings that the sources
// named in the comments translate through file-local helpers, under their run-time contexts.
#include <QtGlobal>

// clang-format off
[[maybe_unused]] static const char* const kohiHelperStrings[] = {
${body}};
// clang-format on
")
# Rewrite only on change, so an unchanged source tree leaves the file (and its mtime) alone.
set(previous "")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
endif()
if(NOT previous STREQUAL content)
  file(WRITE "${OUTPUT}" "${content}")
endif()
message(STATUS "lupdate helper strings: ${count} in ${OUTPUT}")
