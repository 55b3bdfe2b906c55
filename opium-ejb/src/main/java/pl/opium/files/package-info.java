/**
 * The attachment store: every file is kept once, under the SHA-256 of its content, and streamed in
 * and out, never held whole in memory. {@link pl.opium.files.FileStore} is the engine (plain Java);
 * {@link pl.opium.files.AttachmentService} gives it its configuration in the server.
 */
package pl.opium.files;
