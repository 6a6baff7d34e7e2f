// Entry point for the TypeORM CLI (`npm run db:generate`): the same options as the app.
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { installDataKeys } from './crypto/data-keys';
import { dataSourceOptions } from './data-source-options';

const config = loadConfig();
installDataKeys(config.dataEncryption);
export default new DataSource(dataSourceOptions(config.database.url));
