/**
 * Chinese text analysis for the index: the HanLP word tokenizer, the word analyzer and the CJK
 * bigram analyzer. Depends on Lucene analysis and HanLP only; must not import the index or schema.
 */
@NullMarked
package org.jixiao.index.analysis;

import org.jspecify.annotations.NullMarked;
