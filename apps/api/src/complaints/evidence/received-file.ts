/** The part of a multer file (memory storage) evidence intake reads. */
export interface ReceivedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}
