#ifndef TONGBAN_CYAML_SHIM_H
#define TONGBAN_CYAML_SHIM_H
#include <yaml.h>
#endif
