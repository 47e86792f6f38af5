/**
 * The checker's test corpus: activations with planted defects ({@link org.activations.corpus.Defect})
 * and correct functions that are hard to verify, each with a public provider class so that a test can
 * register them in a plugin jar. For the engineers of the verifier: {@link org.activations.corpus.Corpus}
 * lists every entry with the defects a correct checker must report, a one-line description of the flaw
 * and a witness where the flaw shows. Deliberately not registered with {@link java.util.ServiceLoader}.
 */
package org.activations.corpus;
