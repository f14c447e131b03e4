/**
 * 查询语法: the search box's syntax as a tree of clauses, for a backend that renders it in its own query language
 * (the Solr client); the embedded index reads the same syntax with Lucene's parser. Imports nothing of jixiao.
 */
@NullMarked
package org.jixiao.search.syntax;

import org.jspecify.annotations.NullMarked;
