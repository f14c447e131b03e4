package org.jixiao.extract.identity;

import org.jixiao.schema.AdminLevel;
import org.jspecify.annotations.Nullable;

/** TEMPORARY stand-in until the gazetteer lands. */
public record Division(String code, String name, AdminLevel level, String province, @Nullable String prefecture) {}
